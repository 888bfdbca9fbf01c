"""Message catalogue: Shared words, carnet statuses, the lifecycle and item selections."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
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
}
