"""Message catalogue: Claims, destinations, evidence, trips, users and schedules."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
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
