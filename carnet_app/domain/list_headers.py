"""The column headers of general lists, in the languages chambers' clients write them.

Headers are compared without accents, case or punctuation ("Qté" → "qte", "N° de série" →
"n de serie", "Stück" → "stuck"); a header matches an alias when it is the alias or starts with
it ("Valeur (EUR)", "Weight kg"). The language of the matched headers is a locale hint for the
numbers below them (French headers: decimal commas).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from carnet_app.domain.goods_checks import Column
from carnet_app.domain.number_columns import Convention

ENGLISH = "en"

# language → column → aliases (already normalised: lower case, no accents, single spaces)
ALIASES: dict[str, dict[Column, tuple[str, ...]]] = {
    "en": {
        Column.ITEM: ("item no", "item number", "item", "no", "nr", "line", "#", "pos"),
        Column.DESCRIPTION: (
            "trade description",
            "description of goods",
            "description",
            "goods",
            "article",
        ),
        Column.SERIAL: ("serial number", "serial", "s n", "sn", "marks and numbers", "marks"),
        Column.PIECES: (
            "number of pieces",
            "no of pieces",
            "pieces",
            "qty",
            "quantity",
            "pcs",
            "units",
        ),
        Column.WEIGHT: ("weight or volume", "weight", "net weight", "gross weight"),
        Column.VALUE: ("commercial value", "value", "amount", "price"),
        Column.ORIGIN: ("country of origin", "origin"),
        Column.HEADING: ("heading", "group heading", "is heading"),
    },
    "fr": {
        Column.ITEM: ("n d ordre", "numero d ordre", "numero", "n", "no d ordre"),
        Column.DESCRIPTION: (
            "designation commerciale",
            "designation",
            "description des marchandises",
            "libelle",
            "marchandises",
        ),
        Column.SERIAL: (
            "n de serie",
            "numero de serie",
            "no de serie",
            "marques et numeros",
            "marques",
        ),
        Column.PIECES: (
            "nombre de pieces",
            "nombre",
            "quantite",
            "qte",
            "nbre",
            "nb",
            "nb pieces",
            "pieces",
        ),
        Column.WEIGHT: ("poids ou volume", "poids", "poids net", "poids brut"),
        Column.VALUE: ("valeur commerciale", "valeur", "montant", "prix"),
        Column.ORIGIN: ("pays d origine", "origine", "pays"),
        Column.HEADING: ("rubrique", "en tete", "titre", "intitule"),
    },
    "de": {
        Column.ITEM: ("lfd nr", "laufende nummer", "pos nr", "position", "posten"),
        Column.DESCRIPTION: (
            "handelsubliche warenbezeichnung",
            "handelsubliche bezeichnung",
            "warenbezeichnung",
            "bezeichnung",
            "beschreibung",
            "waren",
        ),
        Column.SERIAL: (
            "seriennummer",
            "serien nr",
            "serie nr",
            "zeichen und nummern",
            "kennzeichen",
        ),
        Column.PIECES: ("stuckzahl", "anzahl", "menge", "stuck", "stk"),
        Column.WEIGHT: ("gewicht oder volumen", "gewicht", "nettogewicht", "bruttogewicht"),
        Column.VALUE: ("handelswert", "warenwert", "wert", "betrag", "preis"),
        Column.ORIGIN: ("ursprungsland", "herkunftsland", "ursprung", "herkunft"),
        Column.HEADING: ("uberschrift", "gruppe", "zwischenuberschrift"),
    },
    "es": {
        Column.ITEM: ("n de orden", "numero de orden", "partida", "posicion"),
        Column.DESCRIPTION: (
            "designacion comercial",
            "descripcion comercial",
            "descripcion",
            "designacion",
            "mercancias",
            "mercancia",
        ),
        Column.SERIAL: ("numero de serie", "n de serie", "marcas y numeros", "marcas"),
        Column.PIECES: ("numero de piezas", "cantidad", "cant", "piezas", "unidades"),
        Column.WEIGHT: ("peso o volumen", "peso neto", "peso bruto", "peso"),
        Column.VALUE: ("valor comercial", "valor", "importe", "precio"),
        Column.ORIGIN: ("pais de origen", "origen"),
        Column.HEADING: ("encabezado", "titulo", "epigrafe"),
    },
    "it": {
        Column.ITEM: ("n d ordine", "numero d ordine", "voce", "n ordine"),
        Column.DESCRIPTION: (
            "designazione commerciale",
            "descrizione commerciale",
            "descrizione",
            "designazione",
            "merce",
            "merci",
        ),
        Column.SERIAL: ("numero di serie", "n di serie", "matricola", "marchi e numeri"),
        Column.PIECES: ("numero di pezzi", "quantita", "qta", "pezzi", "n pezzi"),
        Column.WEIGHT: ("peso o volume", "peso netto", "peso lordo"),
        Column.VALUE: ("valore commerciale", "valore", "importo", "prezzo"),
        Column.ORIGIN: ("paese di origine", "paese d origine"),
        Column.HEADING: ("intestazione", "titolo"),
    },
    "nl": {
        Column.ITEM: ("volgnummer", "volgnr", "regel"),
        Column.DESCRIPTION: ("handelsbenaming", "omschrijving", "beschrijving", "goederen"),
        Column.SERIAL: ("serienummer", "merken en nummers", "kenmerken"),
        Column.PIECES: ("aantal stuks", "aantal", "hoeveelheid", "stuks"),
        Column.WEIGHT: ("gewicht of volume", "nettogewicht", "brutogewicht"),
        Column.VALUE: ("handelswaarde", "waarde", "bedrag", "prijs"),
        Column.ORIGIN: ("land van oorsprong", "oorsprong", "herkomst"),
        Column.HEADING: ("kop", "kopregel", "groep"),
    },
}

HEADER_ALIASES: dict[Column, tuple[str, ...]] = {
    column: tuple(
        dict.fromkeys(alias for table in ALIASES.values() for alias in table.get(column, ()))
    )
    for column in Column
}

_LANGUAGE_OF: dict[str, str] = {}
for _language, _table in ALIASES.items():
    for _aliases in _table.values():
        for _alias in _aliases:
            _LANGUAGE_OF.setdefault(_alias, _language)


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text[:200])
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("ß", "ss")
    plain = re.sub(r"\(.*?\)", " ", plain)
    plain = re.sub(r"[^a-z0-9#]+", " ", plain)
    return " ".join(plain.split())


def match_header(header: str) -> tuple[Column, str] | None:
    """The column a header names and the alias matched (the longest alias wins)."""
    name = normalise_header(header)
    if not name:
        return None
    best: tuple[Column, str] | None = None
    for column, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            if name == alias or name.startswith(alias + " "):
                if best is None or len(alias) > len(best[1]):
                    best = (column, alias)
    return best


def language_of(alias: str) -> str:
    return _LANGUAGE_OF.get(alias, ENGLISH)


def decimal_hint(aliases: Sequence[str]) -> Convention | None:
    """Decimal commas when most matched headers are in a language written with them,
    decimal points when they are English, nothing when it is a tie."""
    continental = sum(1 for a in aliases if language_of(a) != ENGLISH)
    english = sum(1 for a in aliases if language_of(a) == ENGLISH and _only_english(a))
    if continental > english:
        return Convention.COMMA
    if english > continental:
        return Convention.POINT
    return None


def _only_english(alias: str) -> bool:
    return all(
        alias not in table.get(column, ())
        for language, table in ALIASES.items()
        if language != ENGLISH
        for column in table
    )
