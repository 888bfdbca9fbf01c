"""Message catalogue: Printing: layout, annexes, trip packs, letters and the proof of a stamp."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ what to print
    "printing.part-unknown": {
        "en": "part: {part!r} is not one of {parts}",
        "fr": "partie : {part!r} ne fait pas partie de {parts}",
    },
    "printing.draft": {
        "en": "carnet {number} is a draft: issue it before printing",
        "fr": "le carnet {number} est un brouillon : délivrez-le avant de l'imprimer",
    },
    "printing.items-not-listed": {
        "en": "items: {items} not on the general list",
        "fr": "articles : {items} absents de la liste générale",
    },
    "printing.text-does-not-fit": {
        "en": "{where}: the text does not fit even at {floor} pt; shorten it ({length} characters)",
        "fr": "{where} : le texte ne tient pas, même en corps {floor} ; raccourcissez-le "
        "({length} caractères)",
    },
    "calibration.offset-too-large": {
        "en": "printer calibration {name} = {offset} mm is more than {most} mm; measure the "
        "calibration sheet again",
        "fr": "étalonnage de l'imprimante : {name} = {offset} mm dépasse {most} mm ; mesurez de "
        "nouveau la feuille d'étalonnage",
    },
    "calibration.scale": {
        "en": "printer calibration scale {scale} is outside {low}-{high}",
        "fr": "étalonnage de l'imprimante : l'échelle {scale} sort de l'intervalle {low}-{high}",
    },
    # ------------------------------------------------------------------ the trip pack
    "trip-pack.item-not-listed": {
        "en": "trip item {item_no} is not on the general list",
        "fr": "l'article {item_no} du voyage ne figure pas sur la liste générale",
    },
    "trip-pack.item-twice": {
        "en": "trip item {item_no} is listed twice",
        "fr": "l'article {item_no} du voyage est cité deux fois",
    },
    "trip-pack.too-many-pieces": {
        "en": "trip item {item_no}: {asked} pieces asked, the general list has {listed}",
        "fr": "article {item_no} du voyage : {asked} pièces demandées, la liste générale en "
        "compte {listed}",
    },
    "trip-pack.no-vouchers": {
        "en": "a trip pack needs the trip's vouchers",
        "fr": "un dossier de voyage a besoin des volets du voyage",
    },
    "trip-pack.no-items": {
        "en": "a trip pack needs the items that travel",
        "fr": "un dossier de voyage a besoin des articles qui voyagent",
    },
    "trip-pack.none-held": {
        "en": "the booklet holds none of the trip's vouchers (its sheets are counterfoils only): "
        "nothing to print",
        "fr": "le carnet ne contient aucun des volets du voyage (ses feuilles ne sont que des "
        "souches) : rien à imprimer",
    },
    "trip-pack.voucher-not-valid": {
        "en": "voucher number {voucher_no} is not valid",
        "fr": "le numéro de volet {voucher_no} n'est pas valable",
    },
    # ------------------------------------------------------------------ letters
    "quote.refused": {
        "en": "quote refused: {reasons}",
        "fr": "devis refusé : {reasons}",
    },
    "claim-notice.margin": {
        "en": "margin: {margin} days is not between 0 and {most}",
        "fr": "marge : {margin} jours n'est pas compris entre 0 et {most}",
    },
    "certificate.not-discharged": {
        "en": "carnet {number} is {status}: a certificate needs a discharged carnet",
        "fr": "le carnet {number} est {status} : une attestation demande un carnet apuré",
    },
    # ------------------------------------------------------------------ the proof of a stamp
    "proof.unreadable-pdf": {
        "en": "file {name}: not a readable PDF",
        "fr": "fichier {name} : PDF illisible",
    },
    "proof.no-such-page": {
        "en": "page: {page} is not a page of {name} (1 to {pages})",
        "fr": "page : {page} n'est pas une page de {name} (1 à {pages})",
    },
    "proof.picture-too-large": {
        "en": "file {name}: picture too large to read",
        "fr": "fichier {name} : image trop grande pour être lue",
    },
    "proof.kind": {
        "en": "file {name}: not a PDF, PNG or JPEG the desk can read",
        "fr": "fichier {name} : ce n'est pas un PDF, PNG ou JPEG que le bureau sait lire",
    },
}
