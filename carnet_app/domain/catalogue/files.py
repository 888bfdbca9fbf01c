"""Message catalogue: List files (CSV, XLSX) and registering a carnet from another chamber."""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
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
}
