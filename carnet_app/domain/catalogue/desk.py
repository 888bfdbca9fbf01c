"""Message catalogue: Alerts, history, management notes, letters, portability, restore checks,
signed files and the command line.
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ alerts (domain/alerts.py)
    "alert.final-date": {
        "en": "{pieces} piece(s) must leave {territory} by {final_date} ({voucher})",
        "fr": "{pieces:plural:pièce doit|pièces doivent} quitter {territory} au plus tard le "
        "{final_date} ({voucher})",
    },
    "alert.voucher-importation": {
        "en": "importation voucher {no}",
        "fr": "volet d'importation {no}",
    },
    "alert.voucher-original-importation": {
        "en": "importation voucher {no} of the original carnet",
        "fr": "volet d'importation {no} du carnet d'origine",
    },
    "alert.voucher-transit": {"en": "transit", "fr": "volet de transit"},
    "alert.transit-territory": {"en": "transit {territory}", "fr": "{territory} (transit)"},
    "alert.expiry": {
        "en": "carnet expires on {valid_until} with goods still abroad",
        "fr": "le carnet expire le {valid_until} avec des marchandises encore à l'étranger",
    },
    "alert.replacement-window": {
        "en": "last day to ask host customs for a replacement carnet (expiry {valid_until})",
        "fr": "dernier jour pour demander un carnet de remplacement à la douane du pays "
        "d'accueil (expiration le {valid_until})",
    },
    "alert.not-returned": {
        "en": "carnet to be returned to the chamber by {valid_until}",
        "fr": "carnet à restituer à la chambre au plus tard le {valid_until}",
    },
    "alert.claim-proof": {
        "en": "proof for claim {claim_id} from {country} due {proof_due}",
        "fr": "preuve attendue pour la réclamation {claim_id} ({country}) au plus tard le "
        "{proof_due}",
    },
    "alert.claim-payment": {
        "en": "without proof for claim {claim_id} from {country} by {proof_due}: pay "
        "provisionally; the payment becomes final on {payment_final}",
        "fr": "sans preuve pour la réclamation {claim_id} ({country}) au {proof_due} : payer à "
        "titre provisoire ; le paiement devient définitif le {payment_final}",
    },
    "alert.claim-refund": {
        "en": "claim {claim_id} from {country} paid on {paid_on}: proof by {refund_by} still "
        "recovers it",
        "fr": "réclamation {claim_id} ({country}) payée le {paid_on} : une preuve fournie au "
        "plus tard le {refund_by} permet encore de la récupérer",
    },
    "alert.irregularity": {
        "en": "irregularity {irregularity_id} open since {found_on}: {text}",
        "fr": "irrégularité {irregularity_id} ouverte depuis le {found_on} : {text}",
    },
    "alert.security-release": {
        "en": "security may be released from {release} (claim window closed)",
        "fr": "la garantie peut être libérée à partir du {release} (délai de réclamation écoulé)",
    },
    # ------------------------------------------------------- management chart notes
    "management.counts-per-destination": {
        "en": "a carnet counts under each of its destinations",
        "fr": "un carnet compte pour chacune de ses destinations",
    },
    "management.release-months": {
        "en": "expiry + {months} months",
        "fr": "expiration + {months} mois",
    },
    "management.oldest-abroad": {
        "en": "{place}: oldest since {since} ({days} days)",
        "fr": "{place} : la plus ancienne depuis le {since} ({days} jours)",
    },
    # ------------------------------------------------- history (audit actions in words)
    "history.carnet.apply": {"en": "Application saved", "fr": "Demande enregistrée"},
    "history.carnet.draft-update": {"en": "Application updated", "fr": "Demande modifiée"},
    "history.carnet.issue": {"en": "Carnet issued", "fr": "Carnet délivré"},
    "history.carnet.vouchers": {"en": "Voucher sets added", "fr": "Jeux de volets ajoutés"},
    "history.carnet.return": {"en": "Carnet returned", "fr": "Carnet restitué"},
    "history.carnet.discharge": {"en": "Carnet discharged", "fr": "Carnet apuré"},
    "history.carnet.cancel": {"en": "Carnet cancelled", "fr": "Carnet annulé"},
    "history.carnet.duplicate": {"en": "Duplicate issued", "fr": "Duplicata délivré"},
    "history.carnet.replace": {
        "en": "Replacement carnet issued",
        "fr": "Carnet de remplacement délivré",
    },
    "history.carnet.import-goods": {
        "en": "General list imported",
        "fr": "Liste générale importée",
    },
    "history.carnet.checkin": {
        "en": "Record from the holder checked in",
        "fr": "Relevé du titulaire enregistré",
    },
    "history.carnet.destination": {"en": "Destination added", "fr": "Destination ajoutée"},
    "history.carnet.register": {
        "en": "Carnet of another chamber registered",
        "fr": "Carnet d'une autre chambre enregistré",
    },
    "history.carnet.receive": {
        "en": "Carnet received from its chamber",
        "fr": "Carnet reçu de sa chambre",
    },
    "history.claim.open": {"en": "Claim opened", "fr": "Réclamation ouverte"},
    "history.claim.settle": {"en": "Claim settled", "fr": "Réclamation réglée"},
    "history.irregularity.resolve": {
        "en": "Irregularity resolved",
        "fr": "Irrégularité régularisée",
    },
    "history.movement.amend": {"en": "Stamp corrected", "fr": "Visa corrigé"},
    "history.evidence.attach": {
        "en": "Supporting document attached",
        "fr": "Pièce justificative jointe",
    },
    "history.association.set": {"en": "Association set up", "fr": "Association configurée"},
    "history.settings.set": {"en": "Setting changed", "fr": "Réglage modifié"},
    "history.reference.country": {
        "en": "Country rules changed",
        "fr": "Règles d'un pays modifiées",
    },
    "history.reference.schedule": {
        "en": "Fee schedule saved",
        "fr": "Barème enregistré",
    },
    "history.reference.schedule-activate": {
        "en": "Fee schedule activated",
        "fr": "Barème activé",
    },
    "history.reference.schedule-import": {
        "en": "Fee schedule imported",
        "fr": "Barème importé",
    },
    "history.database.import": {"en": "Data imported", "fr": "Données importées"},
    "history.demo-data": {"en": "Demo data added", "fr": "Données de démonstration ajoutées"},
    "history.audit.bulk": {
        "en": "Carnets loaded in bulk",
        "fr": "Carnets chargés en bloc",
    },
    "history.stamp": {"en": "Stamp: {action}", "fr": "Visa : {action}"},
    "history.goods": {"en": "Goods: {action}", "fr": "Marchandises : {action}"},
}
