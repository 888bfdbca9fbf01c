"""Message catalogue: The association, issuing, duplicates and replacements, number formats,
reference data fields and application documents.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ association, issue
    "association.name-empty": {
        "en": "name: the association needs a name",
        "fr": "nom : l'association doit avoir un nom",
    },
    "association.hold-months": {
        "en": "security-hold-months: give the months after expiry the security is held "
        "(0 to 120; 21 by default: 12 + 6 + 3)",
        "fr": "security-hold-months : indiquez les mois pendant lesquels la garantie est "
        "conservée après l'expiration (0 à 120 ; 21 par défaut : 12 + 6 + 3)",
    },
    "association.identity-kept": {
        "en": "association refused: {issued:plural:carnet was|carnets were} issued under "
        "country {country} and code {code}; they cannot change ({changes}) — a chamber with "
        "another country or code needs its own database",
        "fr": "association refusée : {issued:plural:carnet a été délivré|carnets ont été "
        "délivrés} sous le pays {country} et le code {code} ; ils ne peuvent pas changer "
        "({changes}) — une chambre d'un autre pays ou d'un autre code a besoin de sa propre "
        "base de données",
    },
    "application.refused": {
        "en": "application refused: {reasons}",
        "fr": "demande refusée : {reasons}",
    },
    "issue.expired-already": {
        "en": "issue refused: a carnet issued on {day} is valid until {until}, already past "
        "on {today}",
        "fr": "délivrance refusée : un carnet délivré le {day} est valable jusqu'au {until}, "
        "date déjà passée le {today}",
    },
    "issue.no-goods": {
        "en": "draft {draft} has no general list: add goods (import-goods) before issuing",
        "fr": "le brouillon {draft} n'a pas de liste générale : ajoutez les marchandises "
        "(import-goods) avant de délivrer",
    },
    "issue.no-itinerary": {
        "en": "draft {draft} has no itinerary: name the countries visited or crossed",
        "fr": "le brouillon {draft} n'a pas d'itinéraire : indiquez les pays visités ou traversés",
    },
    "issue.refused": {"en": "issue refused: {reasons}", "fr": "délivrance refusée : {reasons}"},
    "draft.no-longer-draft": {
        "en": "carnet {carnet} is {status}, no longer a draft: its application cannot be changed",
        "fr": "le carnet {carnet} est {status}, ce n'est plus un brouillon : sa demande ne peut "
        "plus être modifiée",
    },
    "vouchers.colour-unknown": {
        "en": "colour: {colour!r} is not yellow, white or blue",
        "fr": "couleur : {colour!r} n'est ni jaune, ni blanc, ni bleu",
    },
    "vouchers.sets-range": {
        "en": "sets: give between 1 and 50 sets",
        "fr": "jeux : indiquez entre 1 et 50 jeux",
    },
    "vouchers.carnet-not-in-use": {
        "en": "carnet {number} is {status}: voucher sets can only be added to a carnet in use",
        "fr": "le carnet {number} est {status} : on n'ajoute des jeux de volets qu'à un "
        "carnet en service",
    },
    "vouchers.carnet-expired": {
        "en": "carnet {number} expired on {day}: no vouchers can be added",
        "fr": "le carnet {number} a expiré le {day} : aucun volet ne peut être ajouté",
    },
    "discharge.claim-open": {
        "en": "discharge refused: claim {claim_id} from {country} is still open",
        "fr": "apurement refusé : la réclamation {claim_id} de {country} est toujours ouverte",
    },
    "discharge.goods-out": {
        "en": "discharge refused: goods are not all home or accounted for ({where})",
        "fr": "apurement refusé : toutes les marchandises ne sont pas rentrées ou justifiées "
        "({where})",
    },
    "discharge.item-at": {
        "en": "item {item_no}: {quantity} at {place}",
        "fr": "article {item_no} : {quantity} en {place}",
    },
    "discharge.irregularity-open": {
        "en": "irregularity {irregularity_id} is still open: {text}",
        "fr": "l'irrégularité {irregularity_id} est toujours ouverte : {text}",
    },
    "cancel.used": {
        "en": "cancel refused: carnet {number} has already been used at customs",
        "fr": "annulation refusée : le carnet {number} a déjà servi en douane",
    },
    "carnet.unknown": {
        "en": "carnet {number}: no such carnet",
        "fr": "carnet {number} : ce carnet n'existe pas",
    },
    "date.before-issue": {
        "en": "date: {day} is before the carnet was issued ({issued})",
        "fr": "date : le {day} est avant la délivrance du carnet ({issued})",
    },
    # ------------------------------------------------------------------ duplicates, replacements
    "duplicate.expired": {
        "en": "duplicate refused: carnet {number} expired on {day}",
        "fr": "duplicata refusé : le carnet {number} a expiré le {day}",
    },
    "replacement.refused": {
        "en": "replacement refused: {reasons}",
        "fr": "remplacement refusé : {reasons}",
    },
    "replacement.consent-too-long": {
        "en": "consent: longer than {most} characters",
        "fr": "accord : plus de {most} caractères",
    },
    "replacement.expired": {
        "en": "replacement refused: carnet {number} expired on {day}; a replacement is asked "
        "before the expiry, or later only with the host customs' written consent "
        "(--consent REFERENCE) and --confirm",
        "fr": "remplacement refusé : le carnet {number} a expiré le {day} ; un remplacement "
        "se demande avant l'expiration, ou plus tard seulement avec l'accord écrit de la "
        "douane du pays (--consent RÉFÉRENCE) et --confirm",
    },
    "replacement.after-expiry": {
        "en": "replacement asked on {day}, after carnet {number} expired on {expiry} "
        "(consent {consent})",
        "fr": "remplacement demandé le {day}, après l'expiration du carnet {number} le "
        "{expiry} (accord {consent})",
    },
    "replacement.no-goods-there": {
        "en": "replacement refused: no goods of carnet {number} are in {territory}",
        "fr": "remplacement refusé : aucune marchandise du carnet {number} n'est en {territory}",
    },
    "request-id.invalid": {
        "en": "request-id: give a key of 1 to {most} printable characters",
        "fr": "request-id : indiquez une clé de 1 à {most} caractères imprimables",
    },
    "request-id.other-command": {
        "en": "request-id {key!r} was already used for `{used}`, not `{command}`",
        "fr": "request-id {key!r} a déjà servi pour `{used}`, pas pour `{command}`",
    },
    # ------------------------------------------------------------------ number formats
    "number-format.too-long": {
        "en": "number format: {length} characters, at most {most}",
        "fr": "format de numéro : {length} caractères, au plus {most}",
    },
    "number-format.invalid": {
        "en": "number format {format!r}: {reason}",
        "fr": "format de numéro {format!r} : {reason}",
    },
    "number-format.nested": {
        "en": "number format {format!r}: a field inside {{{name}}}'s format",
        "fr": "format de numéro {format!r} : un champ dans le format de {{{name}}}",
    },
    "number-format.too-wide": {
        "en": "number format {format!r}: width {width} for {{{name}}}, at most {most}",
        "fr": "format de numéro {format!r} : largeur {width} pour {{{name}}}, au plus {most}",
    },
    "number-format.unknown-fields": {
        "en": "number format {format!r}: unknown {fields:list:field|fields}; use {{country}}, "
        "{{code}}, {{year}} and {{serial}}",
        "fr": "format de numéro {format!r} : {fields:list:champ inconnu|champs inconnus} ; "
        "utilisez {{country}}, {{code}}, {{year}} et {{serial}}",
    },
    "number-format.no-serial": {
        "en": "number format {format!r} must contain {{serial}} so numbers are unique",
        "fr": "le format de numéro {format!r} doit contenir {{serial}} pour que les numéros "
        "soient uniques",
    },
    "number-format.prints-too-long": {
        "en": "number format {format!r} prints numbers like {sample!r}, longer than {most} "
        "characters",
        "fr": "le format de numéro {format!r} donne des numéros comme {sample!r}, plus longs "
        "que {most} caractères",
    },
    # ------------------------------------------------------------------ reference data fields
    "data.not-a-table": {
        "en": "{where}: must be a table of keys",
        "fr": "{where} : doit être une table de clés",
    },
    "data.not-a-list-of-tables": {
        "en": "{where}: must be a list of tables",
        "fr": "{where} : doit être une liste de tables",
    },
    "data.not-texts": {
        "en": "{where}: must be a list of texts",
        "fr": "{where} : doit être une liste de textes",
    },
    "data.not-a-code": {
        "en": "{where}: {value!r} is not a code",
        "fr": "{where} : {value!r} n'est pas un code",
    },
    "data.not-bool": {
        "en": "{where}: must be true or false",
        "fr": "{where} : doit être true ou false",
    },
    "data.whole-number-min": {
        "en": "{where}: must be a whole number ≥ {minimum}",
        "fr": "{where} : doit être un nombre entier ≥ {minimum}",
    },
    "data.amount-as-text": {
        "en": '{where}: write the amount as text, e.g. "40.00"',
        "fr": '{where} : écrivez le montant comme du texte, par ex. "40.00"',
    },
    "data.negative": {
        "en": "{where}: {value!r} must be a number ≥ 0",
        "fr": "{where} : {value!r} doit être un nombre ≥ 0",
    },
    "data.rate-implausible": {
        "en": "{where}: {value} % is not a plausible rate (at most 1000)",
        "fr": "{where} : {value} % n'est pas un taux plausible (au plus 1000)",
    },
    "data.not-one-of": {
        "en": "{where}: {value!r} is not one of {allowed}",
        "fr": "{where} : {value!r} ne fait pas partie de {allowed}",
    },
    "data.unknown-key": {
        "en": "{where}: unknown key (known here: {known})",
        "fr": "{where} : clé inconnue (connues ici : {known})",
    },
    "data.uses-at-once": {
        "en": "{where}: a whole number from 1 to 20",
        "fr": "{where} : un nombre entier de 1 à 20",
    },
    "data.version": {
        "en": "data_version: must be a whole number ≥ 1",
        "fr": "data_version : doit être un nombre entier ≥ 1",
    },
    "data.not-a-mapping": {
        "en": "{where}: must be a table of keys and values",
        "fr": "{where} : doit être une table de clés et de valeurs",
    },
    "data.months": {
        "en": "{where}: must be a number of months (1-120)",
        "fr": "{where} : doit être un nombre de mois (1-120)",
    },
    "data.bool-or-unknown": {
        "en": "{where}: must be true or false (or left out when unknown)",
        "fr": "{where} : doit être true ou false (ou omis si inconnu)",
    },
    "data.not-a-date": {
        "en": "{where}: {value!r} is not a date YYYY-MM-DD",
        "fr": "{where} : {value!r} n'est pas une date AAAA-MM-JJ",
    },
    "data.unknown-row-key": {
        "en": "{where}: unknown key (known: {known})",
        "fr": "{where} : clé inconnue (connues : {known})",
    },
    "schedule.currency": {
        "en": "schedule.currency: {currency!r} is not an ISO 4217 code",
        "fr": "schedule.currency : {currency!r} n'est pas un code ISO 4217",
    },
    "schedule.bond-rate": {
        "en": "security.bond: give rate_per_thousand when insurance-bond is a form",
        "fr": "security.bond : indiquez rate_per_thousand quand insurance-bond est une forme",
    },
    "schedule.no-band": {
        "en": "fees.bands: give at least one fee band",
        "fr": "fees.bands : indiquez au moins une tranche de droits",
    },
    "schedule.last-band-open": {
        "en": "{where}: the last band takes every higher value; leave it out",
        "fr": "{where} : la dernière tranche prend toutes les valeurs au-dessus ; omettez-la",
    },
    "schedule.band-open": {
        "en": "{where}: missing (only the last band is open-ended)",
        "fr": "{where} : manquant (seule la dernière tranche est sans limite)",
    },
    "schedule.bands-order": {
        "en": "{where}: bands must go up in value",
        "fr": "{where} : les tranches doivent aller en croissant",
    },
    # ------------------------------------------------------------------ application documents
    "application.not-an-object": {
        "en": "the application must be a JSON object",
        "fr": "la demande doit être un objet JSON",
    },
    "application.holder-missing": {
        "en": "holder: missing or not an object",
        "fr": "holder : manquant ou pas un objet",
    },
    "application.no-use": {
        "en": "uses: give at least one intended use (CS, PE, EF, ...)",
        "fr": "uses : indiquez au moins une utilisation prévue (CS, PE, EF, ...)",
    },
    "application.format": {
        "en": "format: {value!r} is not one of paper, digital, both",
        "fr": "format : {value!r} n'est ni paper, ni digital, ni both",
    },
    "application.too-many-stops": {
        "en": "itinerary: {count} countries, at most {most}",
        "fr": "itinerary : {count} pays, au plus {most}",
    },
    "application.too-many-sets": {
        "en": "itinerary: {trips:plural:trip|trips} and {visits} visits and crossings would "
        "need more than {most} voucher sets: split the journeys over several carnets",
        "fr": "itinerary : {trips:plural:voyage|voyages} et {visits} visites et transits "
        "demanderaient plus de {most} jeux de volets : répartissez les voyages sur plusieurs "
        "carnets",
    },
    "application.too-many-goods": {
        "en": "goods: {count} lines, at most {most}",
        "fr": "goods : {count} lignes, au plus {most}",
    },
    "application.member": {
        "en": "member: must be true or false",
        "fr": "member : doit être true ou false",
    },
    "application.holder-kind": {
        "en": "holder.kind: {value!r} is not one of {allowed}",
        "fr": "holder.kind : {value!r} ne fait pas partie de {allowed}",
    },
    "application.flag": {
        "en": '{where}: {value!r} is not a flag such as "vehicle"',
        "fr": '{where} : {value!r} n\'est pas un indicateur comme "vehicle"',
    },
    "field.missing": {"en": "{where}: missing", "fr": "{where} : manquant"},
    "field.not-a-list": {"en": "{where}: must be a list", "fr": "{where} : doit être une liste"},
    "field.not-text": {"en": "{where}: must be text", "fr": "{where} : doit être du texte"},
    "field.too-long": {
        "en": "{where}: longer than {most} characters",
        "fr": "{where} : plus de {most} caractères",
    },
    "field.control-characters": {
        "en": "{where}: contains control characters",
        "fr": "{where} : contient des caractères de contrôle",
    },
    "field.not-characters": {
        "en": "{where}: contains characters that are not text",
        "fr": "{where} : contient des caractères qui ne sont pas du texte",
    },
    "field.country-missing": {
        "en": "{where}: missing country code",
        "fr": "{where} : code pays manquant",
    },
    "field.not-a-country": {
        "en": "{where}: {value!r} is not an ISO 3166 alpha-2 code",
        "fr": "{where} : {value!r} n'est pas un code ISO 3166 alpha-2",
    },
    "field.not-a-use": {
        "en": "{where}: {value!r} is not a use code (CS, PE, EF, ...)",
        "fr": "{where} : {value!r} n'est pas un code d'utilisation (CS, PE, EF, ...)",
    },
    "field.not-whole": {
        "en": "{where}: must be a whole number",
        "fr": "{where} : doit être un nombre entier",
    },
    "field.below-minimum": {
        "en": "{where}: must be at least {minimum}",
        "fr": "{where} : doit être au moins {minimum}",
    },
    "field.above-maximum": {
        "en": "{where}: {shown} is more than {maximum}",
        "fr": "{where} : {shown} dépasse {maximum}",
    },
    "field.digits-count": {
        "en": "a number of {digits} digits",
        "fr": "un nombre de {digits} chiffres",
    },
    "field.date-not-text": {
        "en": "{where}: must be an ISO date YYYY-MM-DD",
        "fr": "{where} : doit être une date ISO AAAA-MM-JJ",
    },
    "field.not-a-date": {
        "en": "{where}: {value!r} is not an ISO date YYYY-MM-DD",
        "fr": "{where} : {value!r} n'est pas une date ISO AAAA-MM-JJ",
    },
    "field.decimal-as-text": {
        "en": '{where}: must be a decimal string like "1250.00"',
        "fr": '{where} : doit être un nombre décimal écrit comme du texte, par ex. "1250.00"',
    },
    "field.not-decimal": {
        "en": "{where}: {value!r} is not a decimal number",
        "fr": "{where} : {value!r} n'est pas un nombre décimal",
    },
    "field.too-many-digits": {
        "en": "{where}: {value!r} has more than {most} digits before the decimal point",
        "fr": "{where} : {value!r} a plus de {most} chiffres avant la virgule",
    },
    "field.not-an-object": {
        "en": "{where}: must be an object",
        "fr": "{where} : doit être un objet",
    },
    "field.not-visit-or-transit": {
        "en": "{where}: {value!r} is not visit or transit",
        "fr": "{where} : {value!r} n'est ni visit ni transit",
    },
    "goods.heading-only": {
        "en": "{where}: a heading entry has only a heading, not {keys}",
        "fr": "{where} : une entrée d'intertitre n'a qu'un intertitre, pas {keys}",
    },
    "goods.heading-one-line": {
        "en": "{where}: one line of text",
        "fr": "{where} : une ligne de texte",
    },
    "goods.value-decimals": {
        "en": "{where}: {value} has more decimals than {currency} allows ({decimals})",
        "fr": "{where} : {value} a plus de décimales que {currency} n'en permet ({decimals})",
    },
    "goods.weight-decimals": {
        "en": "{where}: {value} has more than 3 decimals",
        "fr": "{where} : {value} a plus de 3 décimales",
    },
    "goods.heading-last": {
        "en": "goods: heading {heading!r} has no goods after it",
        "fr": "goods : l'intertitre {heading!r} n'est suivi d'aucune marchandise",
    },
    "goods.value-not-positive": {
        "en": "{where}: must be more than 0",
        "fr": "{where} : doit être supérieur à 0",
    },
    "goods.weight-negative": {
        "en": "{where}: cannot be negative",
        "fr": "{where} : ne peut pas être négatif",
    },
}
