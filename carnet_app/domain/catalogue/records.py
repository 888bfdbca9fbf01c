"""Message catalogue: carnets and drafts looked up, dated actions in order, cancellations,
evidence, and the desk's own checks of what a clerk types."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ finding a carnet
    "carnet.unknown-or-draft": {
        "en": "carnet {key}: no such carnet or draft",
        "fr": "carnet {key} : ni carnet ni brouillon de ce nom",
    },
    "carnet.changed-since-opened": {
        "en": "carnet {number} was changed by someone else since you opened it; reload it and "
        "try again",
        "fr": "le carnet {number} a été modifié par quelqu'un d'autre depuis que vous l'avez "
        "ouvert ; rechargez-le et réessayez",
    },
    "draft.not-an-id": {
        "en": "{value!r} is not a draft id (a whole number)",
        "fr": "{value!r} n'est pas un numéro de brouillon (un nombre entier)",
    },
    "draft.unknown": {
        "en": "draft {draft_id}: no such draft",
        "fr": "brouillon {draft_id} : ce brouillon n'existe pas",
    },
    "draft.not-saved": {
        "en": "draft not saved: {reason}",
        "fr": "brouillon non enregistré : {reason}",
    },
    "draft.list-errors": {
        "en": "the general list has {count:plural:error|errors}: {lines}{more}",
        "fr": "la liste générale a {count:plural:erreur|erreurs} : {lines}{more}",
    },
    "association.not-set-up": {
        "en": "no issuing association is set up: run `carnet association set --name ... "
        "--country CC --currency CUR` first",
        "fr": "aucune association émettrice n'est configurée : lancez d'abord `carnet "
        "association set --name ... --country CC --currency DEV`",
    },
    "list.status-unknown": {
        "en": "status: {status!r} is not one of {statuses}",
        "fr": "statut : {status!r} ne fait pas partie de {statuses}",
    },
    # ------------------------------------------------------------------ dated actions in order
    "date.before-last-action": {
        "en": "date: the {action} on {day} would come before {last}; every dated action follows "
        "the carnet's last one",
        "fr": "date : l'action « {action} » du {day} précéderait {last} ; chaque action datée "
        "suit la dernière du carnet",
    },
    "dated.movement": {
        "en": "the {action} of {day}",
        "fr": "le mouvement « {action} » du {day}",
    },
    "dated.goods-event": {
        "en": "the goods {kind} event of {day}",
        "fr": "l'événement « {kind} » du {day}",
    },
    "dated.return": {"en": "the return of {day}", "fr": "la restitution du {day}"},
    "dated.discharge": {"en": "the discharge of {day}", "fr": "l'apurement du {day}"},
    "dated.claim-notified": {
        "en": "claim {claim_id} notified {day}",
        "fr": "la réclamation {claim_id} notifiée le {day}",
    },
    "dated.claim-settled": {
        "en": "claim {claim_id} settled {day}",
        "fr": "la réclamation {claim_id} réglée le {day}",
    },
    # ------------------------------------------------------------------ cancellation
    "cancel.carries-goods": {
        "en": "cancel refused: {kind} {number} is in use — it carries goods taken over from "
        "{original} ({goods})",
        "fr": "annulation refusée : le {kind} {number} est en service — il porte des "
        "marchandises reprises de {original} ({goods})",
    },
    "cancel.the-original": {"en": "the original", "fr": "l'original"},
    "carnet-kind.original": {"en": "original", "fr": "carnet original"},
    "carnet-kind.duplicate": {"en": "duplicate", "fr": "duplicata"},
    "carnet-kind.replacement": {"en": "replacement", "fr": "carnet de remplacement"},
    "cancel.carried-item": {
        "en": "item {item_no}: {count} at {place}",
        "fr": "article {item_no} : {count} en {place}",
    },
    # ------------------------------------------------------------------ evidence
    "evidence.empty": {
        "en": "{name}: the file is empty",
        "fr": "{name} : le fichier est vide",
    },
    "evidence.too-large": {
        "en": "{name}: {size} MB is more than the {most} MB a piece of evidence may have; scan "
        "at 300 dpi or save the photo as JPEG",
        "fr": "{name} : {size} Mo dépasse les {most} Mo qu'une pièce justificative peut avoir ; "
        "numérisez à 300 dpi ou enregistrez la photo en JPEG",
    },
    "evidence.kind": {
        "en": "{name}: not a PDF, PNG, JPEG or TIFF file (evidence must be a scan, a photo or a "
        "PDF document)",
        "fr": "{name} : ce n'est pas un fichier PDF, PNG, JPEG ou TIFF (une pièce justificative "
        "est un scan, une photo ou un document PDF)",
    },
    "evidence.note-too-long": {
        "en": "note: at most {most} characters",
        "fr": "note : {most} caractères au plus",
    },
    # ------------------------------------------------------------------ the settings' tables
    "country-rule.yes-no": {
        "en": "{country}: answer yes, no or ?",
        "fr": "{country} : répondez yes, no ou ?",
    },
    "country-rule.stay-months": {
        "en": "{country}: the stay is a number of months",
        "fr": "{country} : la durée du séjour est un nombre de mois",
    },
}
