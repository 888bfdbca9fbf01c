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
    # ------------------------------------------------------------------ audit trail summaries
    "trail.draft-created": {
        "en": "draft {draft} created for {holder} with {items:plural:item|items}",
        "fr": "brouillon {draft} créé pour {holder} avec {items:plural:article|articles}",
    },
    "trail.draft-updated": {
        "en": "draft {draft} updated for {holder} with {items:plural:item|items}",
        "fr": "brouillon {draft} mis à jour pour {holder} avec {items:plural:article|articles}",
    },
    "trail.carnet-issued": {
        "en": "carnet {number} issued, valid until {valid_until}",
        "fr": "carnet {number} délivré, valable jusqu'au {valid_until}",
    },
    "trail.vouchers-added": {
        "en": "{sets:plural:set|sets} of {colour} vouchers added to {number}; fee {fee} {currency}",
        "fr": "ajout de {sets:plural:jeu|jeux} de volets ({colour}) au carnet {number} ; "
        "frais {fee} {currency}",
    },
    "trail.carnet-returned": {
        "en": "carnet {number} returned to the chamber on {on}",
        "fr": "carnet {number} rendu à la chambre le {on}",
    },
    "trail.carnet-discharged": {
        "en": "carnet {number} discharged on {on}",
        "fr": "carnet {number} apuré le {on}",
    },
    "trail.carnet-discharged-irregular": {
        "en": "carnet {number} discharged on {on}; confirmed with open irregularity {ids}",
        "fr": "carnet {number} apuré le {on} ; confirmé malgré l'irrégularité ouverte {ids}",
    },
    "trail.carnet-discharged-irregulars": {
        "en": "carnet {number} discharged on {on}; confirmed with open irregularities {ids}",
        "fr": "carnet {number} apuré le {on} ; confirmé malgré les irrégularités ouvertes {ids}",
    },
    "trail.carnet-cancelled": {
        "en": "carnet {number} cancelled",
        "fr": "carnet {number} annulé",
    },
    "trail.draft-cancelled": {
        "en": "draft {draft} cancelled",
        "fr": "brouillon {draft} annulé",
    },
    "trail.carnet-registered": {
        "en": "carnet {number} issued by {issuer} ({country}) registered with "
        "{items:plural:item|items}",
        "fr": "carnet {number} délivré par {issuer} ({country}) enregistré avec "
        "{items:plural:article|articles}",
    },
    "trail.carnet-received": {
        "en": "carnet {number} issued by {issuer} ({country}) received with "
        "{items:plural:item|items}",
        "fr": "carnet {number} délivré par {issuer} ({country}) reçu avec "
        "{items:plural:article|articles}",
    },
    "trail.goods-imported": {
        "en": "general list of draft {draft} replaced by {lines:plural:line|lines} from {file}",
        "fr": "liste générale du brouillon {draft} remplacée par {lines:plural:ligne|lignes} "
        "de {file}",
    },
    "trail.movement": {
        "en": "{action} on {on}, {colour} voucher {voucher}, {pieces:plural:piece|pieces}",
        "fr": "{action} le {on}, volet {colour} {voucher}, {pieces:plural:pièce|pièces}",
    },
    "trail.movement-in": {
        "en": "{action} {territory} on {on}, {colour} voucher {voucher}, "
        "{pieces:plural:piece|pieces}",
        "fr": "{action} ({territory}) le {on}, volet {colour} {voucher}, "
        "{pieces:plural:pièce|pièces}",
    },
    "trail.with-irregularities": {
        "en": "{entry}; confirmed irregularity: {found}",
        "fr": "{entry} ; irrégularité confirmée : {found}",
    },
    "trail.goods-event": {
        "en": "goods {kind} in {territory} on {on}: {pieces:plural:piece|pieces}",
        "fr": "marchandises « {kind} » en {territory} le {on} : {pieces:plural:pièce|pièces}",
    },
    "trail.goods-event-document": {
        "en": "goods {kind} in {territory} on {on}: {pieces:plural:piece|pieces} ({document})",
        "fr": "marchandises « {kind} » en {territory} le {on} : {pieces:plural:pièce|pièces} "
        "({document})",
    },
    "trail.entry-corrected": {
        "en": "entry {seq} corrected: {changes}",
        "fr": "inscription {seq} corrigée : {changes}",
    },
    "trail.irregularity-resolved": {
        "en": "irregularity {irregularity_id} resolved: {note}",
        "fr": "irrégularité {irregularity_id} résolue : {note}",
    },
    "trail.claim-opened": {
        "en": "claim {claim} from {country} for {amount} {currency}; proof due {proof_due}",
        "fr": "réclamation {claim} de {country} pour {amount} {currency} ; preuve attendue "
        "au plus tard le {proof_due}",
    },
    "trail.claim-settled-proof": {
        "en": "claim {claim} settled on {on} by proof: {proof}",
        "fr": "réclamation {claim} réglée le {on} par une preuve : {proof}",
    },
    "trail.claim-settled-paid": {
        "en": "claim {claim} settled on {on} by payment of {paid}",
        "fr": "réclamation {claim} réglée le {on} par un paiement de {paid}",
    },
    "trail.evidence-attached": {
        "en": "evidence {evidence} attached to {target}: {file} ({size} bytes, SHA-256 {digest}…)",
        "fr": "pièce justificative {evidence} jointe à {target} : {file} ({size} octets, "
        "SHA-256 {digest}…)",
    },
    "trail.target-carnet": {"en": "carnet", "fr": "carnet"},
    "trail.target-claim": {"en": "claim {claim}", "fr": "réclamation {claim}"},
    "trail.target-movement": {
        "en": "movement {seq}: {action} {country} {on} ({colour} voucher {voucher})",
        "fr": "mouvement {seq} : {action} {country} {on} (volet {colour} {voucher})",
    },
    "trail.checkin": {
        "en": "check-in of the holder's record for {number}: "
        "{accepted:plural:difference|differences} accepted, {rejected} rejected{details}",
        "fr": "reprise du relevé du titulaire pour {number} : "
        "{accepted:plural:différence acceptée|différences acceptées}, "
        "{rejected:plural:refusée|refusées}{details}",
    },
    "trail.checkin-accepted": {
        "en": "; accepted #{difference}: {said}",
        "fr": " ; acceptée n° {difference} : {said}",
    },
    "trail.checkin-rejected": {
        "en": "; rejected #{difference}: {said}",
        "fr": " ; refusée n° {difference} : {said}",
    },
    "trail.association-set": {
        "en": "issuing association set to {name} ({country})",
        "fr": "association émettrice définie : {name} ({country})",
    },
    "trail.desk-role": {
        "en": "desk role: {role}",
        "fr": "rôle du poste : {role}",
    },
    "trail.user-names": {
        "en": "display names of {users:plural:user|users} saved",
        "fr": "noms affichés de {users:plural:utilisateur|utilisateurs} enregistrés",
    },
    "trail.printer-calibration": {
        "en": "printer calibration set: x {x} mm, y {y} mm, scale {scale}",
        "fr": "étalonnage de l'imprimante défini : x {x} mm, y {y} mm, échelle {scale}",
    },
    "trail.key-trusted-holder": {
        "en": "key {fingerprint} trusted for the holder of carnet {number} ({how})",
        "fr": "clé {fingerprint} approuvée pour le titulaire du carnet {number} ({how})",
    },
    "trail.key-trusted": {
        "en": "key {fingerprint} trusted for {name} ({how})",
        "fr": "clé {fingerprint} approuvée pour {name} ({how})",
    },
    "trail.trust-fingerprint": {
        "en": "fingerprint confirmed",
        "fr": "empreinte confirmée",
    },
    "trail.trust-key-file": {
        "en": "key file imported",
        "fr": "fichier de clé importé",
    },
    "trail.packing-list": {
        "en": "packing list of {label}: {items:plural:item|items} in {cases:plural:case|cases}",
        "fr": "liste de colisage de {label} : {items:plural:article|articles} dans "
        "{cases:plural:colis|colis}",
    },
    "trail.country-rule": {
        "en": "country rule {code} edited: {fields}",
        "fr": "règle du pays {code} modifiée : {fields}",
    },
    "trail.schedule-saved": {
        "en": "schedule {name!r} saved",
        "fr": "barème {name!r} enregistré",
    },
    "trail.schedule-saved-active": {
        "en": "schedule {name!r} saved and made active",
        "fr": "barème {name!r} enregistré et rendu actif",
    },
    "trail.schedule-activated": {
        "en": "schedule {name!r} made active",
        "fr": "barème {name!r} rendu actif",
    },
    "trail.schedules-imported": {
        "en": "{count:plural:schedule|schedules} imported from {file}: {names}",
        "fr": "{count:plural:barème importé|barèmes importés} de {file} : {names}",
    },
    "trail.bulk-proven": {
        "en": "carnets {first}–{last} loaded in bulk: {rows} rows proven",
        "fr": "carnets {first} à {last} chargés en masse : {rows} lignes prouvées",
    },
    "trail.demo-data": {
        "en": "{carnets} demo carnets added (seed {seed})",
        "fr": "{carnets} carnets de démonstration ajoutés (graine {seed})",
    },
    "trail.database-imported": {
        "en": "database filled from {file}: {carnets:plural:carnet|carnets}, "
        "{events:plural:audit event|audit events}",
        "fr": "base remplie depuis {file} : {carnets:plural:carnet|carnets}, "
        "{events:plural:événement d'audit|événements d'audit}",
    },
    "trail.database-imported-unverified": {
        "en": "database filled from {file}: {carnets:plural:carnet|carnets}, "
        "{events:plural:audit event|audit events}; imported unverified: {problems}",
        "fr": "base remplie depuis {file} : {carnets:plural:carnet|carnets}, "
        "{events:plural:événement d'audit|événements d'audit} ; importée sans "
        "vérification : {problems}",
    },
    "trail.restored-unverified": {
        "en": "restored from {file} unverified: {problems}",
        "fr": "restaurée depuis {file} sans vérification : {problems}",
    },
    "trail.duplicate-issued": {
        "en": "duplicate {copy} issued; it supersedes {number}; fees {fees} {currency}",
        "fr": "duplicata {copy} délivré ; il remplace le carnet {number} ; frais {fees} {currency}",
    },
    "trail.replacement-issued": {
        "en": "replacement {copy} takes over the goods in {territory}; security {security}, "
        "fees {fees} {currency}",
        "fr": "le carnet de remplacement {copy} reprend les marchandises en {territory} ; "
        "garantie {security}, frais {fees} {currency}",
    },
    "trail.replacement-consent": {
        "en": "replacement {copy} takes over the goods in {territory}; security {security}, "
        "fees {fees} {currency}; host customs consent {consent}",
        "fr": "le carnet de remplacement {copy} reprend les marchandises en {territory} ; "
        "garantie {security}, frais {fees} {currency} ; accord de la douane du pays "
        "{consent}",
    },
    "trail.destination-added": {
        "en": "{code} added to {number} as a {kind}; security top-up {top_up}, "
        "{sets:plural:voucher set|voucher sets} added, fee {fee} {currency}",
        "fr": "{code} ajouté au carnet {number} ({kind}) ; complément de garantie {top_up}, "
        "ajout de {sets:plural:jeu|jeux} de volets, frais {fee} {currency}",
    },
    # ------------------------------------------------------------------ irregularities
    "irregularity.checkin": {
        "en": "check-in: {said}",
        "fr": "reprise du relevé : {said}",
    },
}
