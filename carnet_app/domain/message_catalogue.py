"""Every message code the desk knows, with its words in English and in French (``messages.py``
explains the fields). A code is a promise to integrators: change its words, never its meaning;
a new meaning gets a new code. ``tests/domain/test_messages.py`` checks that both languages
have the same fields for every code and that every code used in the package is here.
"""

from __future__ import annotations

# code: {"en": template, "fr": template}
CATALOGUE: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ shared words
    "country.unknown": {
        "en": "country: {country!r} is not a known ISO country code",
        "fr": "pays : {country!r} n'est pas un code pays ISO connu",
    },
    "currency.unknown": {
        "en": "currency: {currency!r} is not an ISO 4217 code",
        "fr": "devise : {currency!r} n'est pas un code ISO 4217",
    },
    "date.future": {
        "en": "{field}: {day} is in the future",
        "fr": "{field} : le {day} est dans le futur",
    },
    "carnet.unknown-id": {
        "en": "carnet {carnet_id}: no such carnet",
        "fr": "carnet {carnet_id} : ce carnet n'existe pas",
    },
    "item.not-listed": {
        "en": "item {item_no} is not on the general list",
        "fr": "l'article {item_no} ne figure pas sur la liste générale",
    },
    "confirmation.needed": {
        "en": "confirmation needed: {warnings}",
        "fr": "confirmation nécessaire : {warnings}",
    },
    # carnet statuses, as words inside a sentence
    "status.draft": {"en": "draft", "fr": "brouillon"},
    "status.issued": {"en": "issued", "fr": "délivré"},
    "status.active": {"en": "active", "fr": "en service"},
    "status.returned": {"en": "returned", "fr": "restitué"},
    "status.discharged": {"en": "discharged", "fr": "apuré"},
    "status.cancelled": {"en": "cancelled", "fr": "annulé"},
    "status.superseded": {"en": "superseded", "fr": "remplacé par un duplicata"},
    "status.replaced": {"en": "replaced", "fr": "remplacé"},
    "itinerary.visit": {"en": "visit", "fr": "visite"},
    "itinerary.transit": {"en": "transit", "fr": "transit"},
    # ------------------------------------------------------------------ lifecycle
    "carnet.this": {"en": "this carnet", "fr": "ce carnet"},
    "carnet.named": {"en": "carnet {number}", "fr": "le carnet {number}"},
    "transition.issue": {"en": "issue", "fr": "délivrance"},
    "transition.first movement": {"en": "first movement", "fr": "premier mouvement"},
    "transition.return": {"en": "return", "fr": "restitution"},
    "transition.discharge": {"en": "discharge", "fr": "apurement"},
    "transition.cancel": {"en": "cancel", "fr": "annulation"},
    "transition.duplicate": {"en": "duplicate", "fr": "duplicata"},
    "transition.replacement": {"en": "replacement", "fr": "remplacement"},
    "lifecycle.why.draft": {
        "en": "it is still a draft (issue it first)",
        "fr": "c'est encore un brouillon (délivrez-le d'abord)",
    },
    "lifecycle.why.issued": {
        "en": "it has been issued but not used yet",
        "fr": "il a été délivré mais pas encore utilisé",
    },
    "lifecycle.why.active": {"en": "it is in use", "fr": "il est en service"},
    "lifecycle.why.returned": {
        "en": "it has been returned to the chamber",
        "fr": "il a été restitué à la chambre",
    },
    "lifecycle.why.discharged": {"en": "its file is closed", "fr": "son dossier est clos"},
    "lifecycle.why.cancelled": {"en": "it was cancelled", "fr": "il a été annulé"},
    "lifecycle.why.superseded": {
        "en": "a duplicate has superseded it",
        "fr": "un duplicata l'a remplacé",
    },
    "lifecycle.why.replaced": {
        "en": "a replacement carnet has taken over its goods",
        "fr": "un carnet de remplacement a repris ses marchandises",
    },
    "lifecycle.refused": {
        "en": "{transition} refused: {carnet} is {status} — {why}",
        "fr": "refusé ({transition}) : {carnet} est {status} — {why}",
    },
    "lifecycle.stamp-after-return": {
        "en": "no customs action can be recorded on {day}: {carnet} was returned to the "
        "chamber on {returned}; stamps found at check-in are dated on or before the return",
        "fr": "aucune opération douanière ne peut être enregistrée le {day} : {carnet} a été "
        "restitué à la chambre le {returned} ; les cachets trouvés au retour sont datés "
        "du jour de la restitution ou d'avant",
    },
    "lifecycle.no-stamp": {
        "en": "no customs action can be recorded: {carnet} is {status} — {why}",
        "fr": "aucune opération douanière ne peut être enregistrée : {carnet} est {status} — {why}",
    },
    # ------------------------------------------------------------------ item selections
    "items.spec-too-long": {
        "en": "items: a selection of {length} characters, at most {most}",
        "fr": "articles : une sélection de {length} caractères, au plus {most}",
    },
    "items.empty": {
        "en": "items: empty selection; give item numbers like 1-3,5:2",
        "fr": "articles : sélection vide ; indiquez des numéros d'articles comme 1-3,5:2",
    },
    "items.empty-entry": {
        "en": "items: empty entry in {spec!r}",
        "fr": "articles : élément vide dans {spec!r}",
    },
    "items.quantity-min": {
        "en": "items: quantity must be at least 1 in {part!r}",
        "fr": "articles : la quantité doit être d'au moins 1 dans {part!r}",
    },
    "items.range-backwards": {
        "en": "items: range {range!r} runs backwards",
        "fr": "articles : la plage {range!r} est à l'envers",
    },
    "items.quantity-on-range": {
        "en": "items: a quantity applies to one item, not to the range {range!r}",
        "fr": "articles : une quantité s'applique à un article, pas à la plage {range!r}",
    },
    "items.start-at-1": {
        "en": "items: item numbers start at 1 ({part!r})",
        "fr": "articles : les numéros d'articles commencent à 1 ({part!r})",
    },
    "items.named-twice": {
        "en": "items: item {item_no} is named twice in {spec!r}",
        "fr": "articles : l'article {item_no} est cité deux fois dans {spec!r}",
    },
    "items.not-a-number": {
        "en": "items: {text!r} is not an item number in {spec!r}",
        "fr": "articles : {text!r} n'est pas un numéro d'article dans {spec!r}",
    },
    "items.beyond-last": {
        "en": "items: {text}… is beyond the last possible item ({most})",
        "fr": "articles : {text}… dépasse le dernier article possible ({most})",
    },
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
        "en": "association refused: {issued} carnet(s) were issued under country {country} "
        "and code {code}; they cannot change ({changes}) — a chamber with another country or "
        "code needs its own database",
        "fr": "association refusée : {issued} carnet(s) ont été délivrés sous le pays "
        "{country} et le code {code} ; ils ne peuvent pas changer ({changes}) — une chambre "
        "d'un autre pays ou d'un autre code a besoin de sa propre base de données",
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
        "en": "number format {format!r}: unknown field(s) {fields}; use {{country}}, {{code}}, "
        "{{year}} and {{serial}}",
        "fr": "format de numéro {format!r} : champ(s) inconnu(s) {fields} ; utilisez "
        "{{country}}, {{code}}, {{year}} et {{serial}}",
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
        "en": "itinerary: {trips} trip(s) and {visits} visits and crossings would need more "
        "than {most} voucher sets: split the journeys over several carnets",
        "fr": "itinerary : {trips} voyage(s) et {visits} visites et transits demanderaient "
        "plus de {most} jeux de volets : répartissez les voyages sur plusieurs carnets",
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
    # ------------------------------------------------------------------ list files (CSV, XLSX)
    "list-file.unreadable": {
        "en": "file {path}: {reason}",
        "fr": "fichier {path} : {reason}",
    },
    "list-file.too-large": {
        "en": "file {name} is larger than 20 MB",
        "fr": "le fichier {name} dépasse 20 Mo",
    },
    "list-file.csv-has-no-sheets": {
        "en": "--sheet: {name} is a CSV file, it has no sheets",
        "fr": "--sheet : {name} est un fichier CSV, il n'a pas de feuilles",
    },
    "list-file.encoding": {
        "en": "file {name}: not UTF-8, UTF-16 or Windows-1252 text",
        "fr": "fichier {name} : ce n'est pas du texte UTF-8, UTF-16 ou Windows-1252",
    },
    "list-file.binary": {
        "en": "file {name}: binary data, not a CSV file",
        "fr": "fichier {name} : données binaires, pas un fichier CSV",
    },
    "list-file.line-too-long": {
        "en": "file {name}: line {line} is longer than {most} characters",
        "fr": "fichier {name} : la ligne {line} dépasse {most} caractères",
    },
    "list-file.too-many-fields": {
        "en": "file {name}: row {row} has {count} fields, at most {most}",
        "fr": "fichier {name} : la ligne {row} a {count} champs, au plus {most}",
    },
    "list-file.too-many-rows": {
        "en": "file {name}: more than {most} rows",
        "fr": "fichier {name} : plus de {most} lignes",
    },
    "list-file.bad-csv": {
        "en": "file {name}: not a readable CSV file ({reason})",
        "fr": "fichier {name} : fichier CSV illisible ({reason})",
    },
    "list-file.cell-too-long": {
        "en": "file {name}: row {row} has a cell of {length} characters, at most {most}",
        "fr": "fichier {name} : la ligne {row} a une cellule de {length} caractères, au plus "
        "{most}",
    },
    "list-file.bad-xlsx": {
        "en": "file {name}: not a readable XLSX workbook ({reason})",
        "fr": "fichier {name} : classeur XLSX illisible ({reason})",
    },
    "list-file.no-sheet": {
        "en": "file {name}: the workbook has no sheet",
        "fr": "fichier {name} : le classeur n'a aucune feuille",
    },
    "list-file.unknown-sheet": {
        "en": "--sheet: {name} has no sheet {sheet!r}; its sheets: {sheets}",
        "fr": "--sheet : {name} n'a pas de feuille {sheet!r} ; ses feuilles : {sheets}",
    },
    "list-file.too-many-parts": {
        "en": "file {name}: {count} parts, not a general list",
        "fr": "fichier {name} : {count} parties, ce n'est pas une liste générale",
    },
    "list-file.inflates": {
        "en": "file {name}: the workbook inflates to {size} MB, at most {most} MB for a "
        "general list",
        "fr": "fichier {name} : le classeur décompressé fait {size} Mo, au plus {most} Mo pour "
        "une liste générale",
    },
    "list-file.xml-cell-too-long": {
        "en": "file {name}: a cell (row {row}) is longer than {most} characters",
        "fr": "fichier {name} : une cellule (ligne {row}) dépasse {most} caractères",
    },
    "list-file.cells-beyond": {
        "en": "file {name}: row {row} has cells beyond column {most}",
        "fr": "fichier {name} : la ligne {row} a des cellules au-delà de la colonne {most}",
    },
    # ------------------------------------------------------------------ registering a carnet
    "register.not-an-object": {
        "en": "the registration must be a JSON object",
        "fr": "l'enregistrement doit être un objet JSON",
    },
    "register.issuer-missing": {
        "en": 'issuer: missing; give {{"name": "USCIB", "country": "US"}}',
        "fr": 'issuer : manquant ; indiquez {{"name": "USCIB", "country": "US"}}',
    },
    "register.valid-before-issue": {
        "en": "valid_until: {until} is before the issue date {issued}",
        "fr": "valid_until : le {until} est avant la date de délivrance {issued}",
    },
    "register.valid-over-a-year": {
        "en": "valid_until: a carnet is valid at most one year from issue ({issued}), not "
        "until {until}",
        "fr": "valid_until : un carnet est valable au plus un an après sa délivrance "
        "({issued}), pas jusqu'au {until}",
    },
    "register.goods-file": {
        "en": "goods_file: must be the path of a CSV or XLSX file",
        "fr": "goods_file : doit être le chemin d'un fichier CSV ou XLSX",
    },
    "register.number-missing": {
        "en": 'number: missing; type it as printed, e.g. "US 123456"',
        "fr": 'number : manquant ; tapez-le tel qu\'imprimé, par ex. "US 123456"',
    },
    "register.number-too-long": {
        "en": "number: longer than {most} characters",
        "fr": "number : plus de {most} caractères",
    },
    "register.number-not-printable": {
        "en": "number: contains characters that are not printable",
        "fr": "number : contient des caractères non imprimables",
    },
    "register.number-no-letters": {
        "en": "number: {number!r} has no letters; type it with its country prefix as printed "
        "(e.g. US {number})",
        "fr": "number : {number!r} n'a pas de lettres ; tapez-le avec son préfixe de pays tel "
        "qu'imprimé (par ex. US {number})",
    },
    "register.not-a-name": {
        "en": "{where}: not a name of at most {most} characters",
        "fr": "{where} : pas un nom d'au plus {most} caractères",
    },
    "register.date-missing": {
        "en": "{where}: missing; give an ISO date YYYY-MM-DD",
        "fr": "{where} : manquant ; indiquez une date ISO AAAA-MM-JJ",
    },
    "register.security-shape": {
        "en": 'security: give {{"amount": "1250.00", "form": "bond"}}',
        "fr": 'security : indiquez {{"amount": "1250.00", "form": "bond"}}',
    },
    "register.security-amount-text": {
        "en": 'security.amount: a decimal string like "1250.00"',
        "fr": 'security.amount : un nombre décimal écrit comme du texte, par ex. "1250.00"',
    },
    "register.security-amount": {
        "en": "security.amount: {value!r} is not an amount",
        "fr": "security.amount : {value!r} n'est pas un montant",
    },
    "register.sheets-missing": {
        "en": 'sheets: give the voucher sheets in the booklet, e.g. {{"white": 4, "yellow": 2}}',
        "fr": "sheets : indiquez les feuillets de volets du carnet, par ex. "
        '{{"white": 4, "yellow": 2}}',
    },
    "register.sheet-colour": {
        "en": "sheets: {colour!r} is not yellow, white or blue",
        "fr": "sheets : {colour!r} n'est ni yellow, ni white, ni blue",
    },
    "register.sheet-counts": {
        "en": "sheets.{colour}: a number of sets or an object by action ({actions})",
        "fr": "sheets.{colour} : un nombre de jeux ou un objet par opération ({actions})",
    },
    "register.sheet-action": {
        "en": "sheets.{colour}.{action}: {colour} sheets serve {actions}",
        "fr": "sheets.{colour}.{action} : les feuillets {colour} servent à {actions}",
    },
    "register.sheet-count": {
        "en": "sheets.{colour}.{action}: a whole number from 0 to {most}",
        "fr": "sheets.{colour}.{action} : un nombre entier de 0 à {most}",
    },
    "register.list-refused": {
        "en": "general list refused, nothing registered: {count} error(s): {shown}{more}",
        "fr": "liste générale refusée, rien n'est enregistré : {count} erreur(s) : {shown}{more}",
    },
    "register.more-errors": {"en": " (and {count} more)", "fr": " (et {count} de plus)"},
    "register.already-here": {
        "en": "number: carnet {number} is already on this desk",
        "fr": "number : le carnet {number} est déjà sur ce poste",
    },
    "register.goods-empty": {
        "en": "goods: the general list is empty; type it, paste it or name a goods_file",
        "fr": "goods : la liste générale est vide ; tapez-la, collez-la ou indiquez un goods_file",
    },
    "register.itinerary-empty": {
        "en": "itinerary: name the countries listed on the cover (visits and transits)",
        "fr": "itinerary : indiquez les pays listés sur la couverture (visites et transits)",
    },
    "register.no-sheets": {
        "en": "sheets: the booklet has no voucher sheets at all",
        "fr": "sheets : le carnet n'a aucun feuillet de volets",
    },
    "register.unknown-country": {
        "en": "{where}: {code!r} is not a known ISO country code",
        "fr": "{where} : {code!r} n'est pas un code pays ISO connu",
    },
    # ------------------------------------------------------------------ claims
    "claim.carnet-not-used": {
        "en": "claim refused: carnet {number} is {status}; it never went through customs",
        "fr": "réclamation refusée : le carnet {number} est {status} ; il n'a jamais passé "
        "la douane",
    },
    "claim.from-home": {
        "en": "claim refused: {country} is in the carnet's home customs territory ({home}); "
        "claims come from the customs of a country the goods visited",
        "fr": "réclamation refusée : {country} est dans le territoire douanier d'origine du "
        "carnet ({home}) ; les réclamations viennent de la douane d'un pays où les "
        "marchandises sont allées",
    },
    "claim.amount-decimals": {
        "en": "amount: {amount} has more decimals than {currency} uses",
        "fr": "montant : {amount} a plus de décimales que n'en utilise la devise {currency}",
    },
    "claim.notified-before-issue": {
        "en": "notified: {day} is before the carnet was issued ({issued})",
        "fr": "notifiée : le {day} est avant la délivrance du carnet ({issued})",
    },
    "claim.window-closed": {
        "en": "claim refused: customs had to claim within 12 months of the expiry "
        "({expiry}), that is by {closes}",
        "fr": "réclamation refusée : la douane devait réclamer dans les 12 mois suivant "
        "l'expiration ({expiry}), soit au plus tard le {closes}",
    },
    "claim.amount-not-positive": {
        "en": "amount: must be more than 0",
        "fr": "montant : doit être supérieur à 0",
    },
    "claim.item-not-listed": {
        "en": "items: item {item_no} is not on the general list of carnet {number}",
        "fr": "articles : l'article {item_no} ne figure pas sur la liste générale du carnet "
        "{number}",
    },
    "claim.item-too-many": {
        "en": "items: item {item_no} has {pieces:plural:piece|pieces}, not {quantity}",
        "fr": "articles : l'article {item_no} compte {pieces:plural:pièce|pièces}, pas {quantity}",
    },
    "claim.unknown": {
        "en": "claim {claim_id}: no such claim",
        "fr": "réclamation {claim_id} : cette réclamation n'existe pas",
    },
    "claim.already-settled": {
        "en": "claim {claim_id} is already settled ({status})",
        "fr": "la réclamation {claim_id} est déjà réglée ({status})",
    },
    "claim.settle-how": {
        "en": "settle with either --proof TEXT or --paid AMOUNT",
        "fr": "réglez soit avec --proof TEXTE, soit avec --paid MONTANT",
    },
    "claim.settled-before-notice": {
        "en": "date: {day} is before the claim was notified",
        "fr": "date : le {day} est avant la notification de la réclamation",
    },
    "claim.reexported-needs-proof": {
        "en": "reexported: a re-exportation date goes with --proof (the stamp is the proof)",
        "fr": "réexportée : une date de réexportation va avec --proof (le cachet est la preuve)",
    },
    "claim.paid-above-claim": {
        "en": "payment of {paid} {currency} is more than the claim of {amount} {currency}",
        "fr": "le paiement de {paid} {currency} dépasse la réclamation de {amount} {currency}",
    },
    "claim.proof-empty": {
        "en": "proof: describe the proof furnished",
        "fr": "preuve : décrivez la preuve fournie",
    },
    "claim.proof-too-late": {
        "en": "proof refused: payment became final on {day}",
        "fr": "preuve refusée : le paiement est devenu définitif le {day}",
    },
    "claim.paid-not-positive": {
        "en": "paid: must be more than 0",
        "fr": "payé : doit être supérieur à 0",
    },
    # ------------------------------------------------------------------ destinations
    "destination.carnet-not-in-use": {
        "en": "destination refused: carnet {number} is {status}; destinations are added "
        "to a carnet in use",
        "fr": "destination refusée : le carnet {number} est {status} ; les destinations "
        "s'ajoutent à un carnet en service",
    },
    "destination.carnet-expired": {
        "en": "destination refused: carnet {number} expired on {day}",
        "fr": "destination refusée : le carnet {number} a expiré le {day}",
    },
    "destination.times-range": {
        "en": "times: give between 1 and 20 entries",
        "fr": "fois : indiquez entre 1 et 20 entrées",
    },
    "destination.already-listed": {
        "en": "destination refused: {country} is already on carnet {number} as a {kind}",
        "fr": "destination refusée : {country} figure déjà sur le carnet {number} ({kind})",
    },
    "destination.refused": {
        "en": "destination refused: {reasons}",
        "fr": "destination refusée : {reasons}",
    },
    # ------------------------------------------------------------------ evidence
    "evidence.movement-or-claim": {
        "en": "attach to a movement or to a claim, not both",
        "fr": "joignez la pièce à un mouvement ou à une réclamation, pas aux deux",
    },
    "evidence.unknown": {
        "en": "evidence {attachment_id}: no such attachment",
        "fr": "pièce {attachment_id} : cette pièce jointe n'existe pas",
    },
    "evidence.image-too-large": {
        "en": "{name}: {width}×{height} pixels is more than a scan needs; scan at 300 dpi",
        "fr": "{name} : {width}×{height} pixels, c'est plus qu'il n'en faut pour un scan ; "
        "numérisez à 300 ppp",
    },
    "evidence.pdf-protected": {
        "en": "{name}: the PDF is password-protected",
        "fr": "{name} : le PDF est protégé par un mot de passe",
    },
    "evidence.damaged": {
        "en": "{name}: the file is damaged and cannot be read ({reason})",
        "fr": "{name} : le fichier est endommagé et illisible ({reason})",
    },
    "evidence.pdf-pages": {
        "en": "{name}: {pages} pages; evidence PDFs have 1 to {most} pages",
        "fr": "{name} : {pages} pages ; un PDF de pièce justificative a de 1 à {most} pages",
    },
    "evidence.unknown-movement": {
        "en": "movement {seq}: carnet {number} has {count:plural:movement|movements}",
        "fr": "mouvement {seq} : le carnet {number} compte {count:plural:mouvement|mouvements}",
    },
    "evidence.claim-of-other-carnet": {
        "en": "claim {claim_id}: not a claim on carnet {number}",
        "fr": "réclamation {claim_id} : ce n'est pas une réclamation sur le carnet {number}",
    },
    # ------------------------------------------------------------------ trips
    "trip.pack-refused": {
        "en": "trip pack refused: {reasons}",
        "fr": "dossier de voyage refusé : {reasons}",
    },
    "trip.draft": {
        "en": "a trip needs an issued carnet (this one is still a draft)",
        "fr": "un voyage demande un carnet délivré (celui-ci est encore un brouillon)",
    },
    "trip.carnet-not-in-use": {
        "en": "carnet {number} is {status}: no trip can use it",
        "fr": "le carnet {number} est {status} : aucun voyage ne peut l'utiliser",
    },
    "trip.case-name-too-long": {
        "en": "item {item_no}: case name longer than {most} characters",
        "fr": "article {item_no} : nom de caisse de plus de {most} caractères",
    },
    # ------------------------------------------------------------------ users and schedules
    "user.login-missing": {
        "en": "user {name!r}: give the login name too",
        "fr": "utilisateur {name!r} : indiquez aussi l'identifiant de connexion",
    },
    "user.name-missing": {
        "en": "user {login!r}: give a display name",
        "fr": "utilisateur {login!r} : indiquez un nom affiché",
    },
    "user.name-too-long": {
        "en": "user {login!r}: names are at most {most} characters",
        "fr": "utilisateur {login!r} : les noms ont au plus {most} caractères",
    },
    "user.listed-twice": {
        "en": "user {login!r} is listed twice",
        "fr": "l'utilisateur {login!r} figure deux fois",
    },
    "schedule.json-error": {
        "en": "line {line}, column {column}: {reason}",
        "fr": "ligne {line}, colonne {column} : {reason}",
    },
    "schedule.not-an-object": {
        "en": "the schedule must be one JSON object",
        "fr": "le barème doit être un seul objet JSON",
    },
    "schedule.none-active": {
        "en": "no active schedule: activate one in Settings > Schedules",
        "fr": "aucun barème actif : activez-en un dans Paramètres > Barèmes",
    },
    "schedule.unknown": {
        "en": "schedule {name!r}: no such schedule",
        "fr": "barème {name!r} : ce barème n'existe pas",
    },
    "country-rule.unknown": {
        "en": "country {code!r}: not in the country table",
        "fr": "pays {code!r} : absent de la table des pays",
    },
    "file.missing": {
        "en": "{path}: no such file",
        "fr": "{path} : ce fichier n'existe pas",
    },
    "file.not-utf8": {
        "en": "{name}: not UTF-8 text",
        "fr": "{name} : ce n'est pas du texte UTF-8",
    },
}
