"""Message catalogue: Movements, the ledger, check-in, goods import, the application and goods
checks, quotes, fees and security.

Over 500 lines on purpose: a table of words in two languages, no logic (one entry a code).
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ ledger words
    "ledger.action.exportation": {"en": "exportation", "fr": "exportation"},
    "ledger.action.importation": {"en": "importation", "fr": "importation"},
    "ledger.action.re-exportation": {"en": "re-exportation", "fr": "réexportation"},
    "ledger.action.re-importation": {"en": "re-importation", "fr": "réimportation"},
    "ledger.action.transit-in": {"en": "transit-in", "fr": "entrée en transit"},
    "ledger.action.transit-out": {"en": "transit-out", "fr": "sortie de transit"},
    "ledger.event.sold": {"en": "sold", "fr": "vendu"},
    "ledger.event.destroyed": {"en": "destroyed", "fr": "détruit"},
    "ledger.event.stolen": {"en": "stolen", "fr": "volé"},
    "ledger.event.seized": {"en": "seized", "fr": "saisi"},
    "ledger.event.lost": {"en": "lost", "fr": "perdu"},
    "ledger.event.replaced": {"en": "replaced", "fr": "remplacé"},
    "ledger.event.re-exported": {"en": "re-exported", "fr": "réexporté"},
    "ledger.colour.yellow": {"en": "yellow", "fr": "jaune"},
    "ledger.colour.white": {"en": "white", "fr": "blanc"},
    "ledger.colour.blue": {"en": "blue", "fr": "bleu"},
    "ledger.place.home": {"en": "at home", "fr": "dans le territoire d'origine"},
    "ledger.place.en-route": {
        "en": "en route (exported, not yet imported anywhere)",
        "fr": "en route (exportées, pas encore importées ailleurs)",
    },
    "ledger.place.transit": {
        "en": "in transit through {territory}",
        "fr": "en transit par {territory}",
    },
    "ledger.place.abroad": {"en": "in {territory}", "fr": "dans le pays {territory}"},
    "ledger.place.disposed": {"en": "disposed", "fr": "sorties du carnet"},
    "ledger.none": {"en": "none", "fr": "aucun"},
    "ledger.item-at": {"en": "item {items} {place}", "fr": "article {items} {place}"},
    "ledger.items-at": {"en": "items {items} {place}", "fr": "articles {items} {place}"},
    "ledger.items-hint": {"en": ", e.g. --items {spec}", "fr": ", par ex. --items {spec}"},
    "ledger.voucher-of-original": {
        "en": "{no} of the original carnet",
        "fr": "{no} du carnet d'origine",
    },
    # ------------------------------------------------------------------ ledger refusals
    "ledger.before-issue": {
        "en": "date {day} is before the carnet was issued ({issued})",
        "fr": "la date du {day} est antérieure à la délivrance du carnet ({issued})",
    },
    "ledger.opening-after-expiry": {
        "en": "{action} refused: the carnet expired on {expiry}",
        "fr": "{action} refusée : le carnet a expiré le {expiry}",
    },
    "ledger.final-before-stamp": {
        "en": "final date {final} is before the date of the stamp",
        "fr": "la date limite du {final} est antérieure à la date du cachet",
    },
    "ledger.final-after-validity": {
        "en": "final date {final} is after the carnet's validity ({expiry}); customs cannot "
        "set it later",
        "fr": "la date limite du {final} dépasse la validité du carnet ({expiry}) ; la douane "
        "ne peut pas la fixer plus tard",
    },
    "ledger.home-customs-only": {
        "en": "{action} is recorded by the customs of the home territory ({home}), not {territory}",
        "fr": "{action} : elle est enregistrée par la douane du territoire d'origine ({home}), "
        "pas par {territory}",
    },
    "ledger.country-required": {
        "en": "{action}: the country is required",
        "fr": "{action} : le pays est obligatoire",
    },
    "ledger.into-home": {
        "en": "{action} into {territory} refused: it is the carnet's home customs territory "
        "(moving inside one customs territory is not a carnet movement)",
        "fr": "{action} vers {territory} refusée : c'est le territoire douanier d'origine du "
        "carnet (se déplacer dans un même territoire douanier n'est pas un mouvement de "
        "carnet)",
    },
    "ledger.country-not-on-carnet": {
        "en": "{territory} is not a country of carnet {number} (its countries: {countries})",
        "fr": "{territory} n'est pas un pays du carnet {number} (ses pays : {countries})",
    },
    "ledger.transit-refused": {
        "en": "transit through {territory} refused: {why}",
        "fr": "transit par {territory} refusé : {why}",
    },
    "ledger.country-refused": {
        "en": "{action} into {territory} refused: {why}",
        "fr": "{action} vers {territory} refusée : {why}",
    },
    "ledger.country-outside-ata": {
        "en": "{name} is outside the ATA carnet system",
        "fr": "{name} est hors du système des carnets ATA",
    },
    "ledger.country-refuses-use": {
        "en": "{name} does not accept carnets for use {use}",
        "fr": "{name} n'accepte pas les carnets pour l'usage {use}",
    },
    "ledger.country-refuses-transit": {
        "en": "{name} does not accept carnets for transit",
        "fr": "{name} n'accepte pas les carnets en transit",
    },
    "ledger.transit-only": {
        "en": "{territory} is on carnet {number} for transit only; an importation needs a visit",
        "fr": "{territory} figure sur le carnet {number} pour le transit seulement ; une "
        "importation demande une visite",
    },
    "ledger.no-sheet-left": {
        "en": "no {colour} {action} voucher left: {sheets:plural:{colour} {action} voucher|"
        "{colour} {action} vouchers} in the booklet, {used} used; add {colour} voucher sets "
        "first",
        "fr": "plus de volet {colour} « {action} » : {sheets:plural:volet|volets} « {action} » "
        "(couleur : {colour}) dans le carnet, {used:plural:utilisé|utilisés} ; ajoutez "
        "d'abord des jeux de volets (couleur : {colour})",
    },
    "ledger.no-voucher-left": {
        "en": "no {colour} voucher left for {action}: {sets:plural:{colour} set|{colour} sets} "
        "issued, {used:plural:{action} voucher|{action} vouchers} used; add {colour} voucher "
        "sets first",
        "fr": "plus de volet {colour} pour « {action} » : {sets:plural:jeu délivré|jeux "
        "délivrés} (couleur : {colour}), {used:plural:volet utilisé|volets utilisés} pour "
        "« {action} » ; ajoutez d'abord des jeux de volets (couleur : {colour})",
    },
    "ledger.import-nothing-en-route": {
        "en": "importation into {territory} names no items and no goods are en route "
        "({whereabouts}): record the exportation first, or name the items imported{hint}",
        "fr": "l'importation en {territory} ne cite aucun article et aucune marchandise "
        "n'est en route ({whereabouts}) : enregistrez d'abord l'exportation, ou citez les "
        "articles importés{hint}",
    },
    "ledger.event-country-missing": {
        "en": "country: say where the goods were",
        "fr": "pays : indiquez où se trouvaient les marchandises",
    },
    "ledger.nothing-at-place": {
        "en": "{kind}: no goods of this carnet are {place}",
        "fr": "{kind} : aucune marchandise de ce carnet n'est {place}",
    },
    "ledger.item-not-listed": {
        "en": "item {item_no} is not on the general list of carnet {number} (items 1-{last})",
        "fr": "l'article {item_no} ne figure pas sur la liste générale du carnet {number} "
        "(articles 1-{last})",
    },
    "ledger.item-none-at": {
        "en": "item {item_no}: no piece is {place}",
        "fr": "article {item_no} : aucune pièce n'est {place}",
    },
    "ledger.item-above-list": {
        "en": "item {item_no}: {asked} pieces asked, the general list has {listed}",
        "fr": "article {item_no} : {asked} pièces demandées, la liste générale en compte {listed}",
    },
    "ledger.item-above-there": {
        "en": "item {item_no}: {asked} pieces asked, only {available} {place}",
        "fr": "article {item_no} : {asked} pièces demandées, seulement {available} {place}",
    },
    "ledger.voucher-unknown": {
        "en": "importation voucher {no} does not exist on this carnet",
        "fr": "le volet d'importation {no} n'existe pas sur ce carnet",
    },
    "ledger.voucher-other-country": {
        "en": "importation voucher {voucher} was used in {used_in}, not {territory}",
        "fr": "le volet d'importation {voucher} a été utilisé en {used_in}, pas en {territory}",
    },
    "ledger.voucher-never-carried": {
        "en": "importation voucher {voucher} never carried {items:list:item|items} (it "
        "carried: {carried})",
        "fr": "le volet d'importation {voucher} n'a jamais porté {items:list:l'article|les "
        "articles} (il portait : {carried})",
    },
    "ledger.items-not-carried": {
        "en": "importation {vouchers:list:voucher|vouchers} did not carry {items:list:item|items}",
        "fr": "aucune trace {items:list:de l'article|des articles} sur "
        "{vouchers:list:le volet d'importation|les volets d'importation}",
    },
    "ledger.backdated-breaks": {
        "en": "with this {new_kind} dated {new_on}, the {kind} recorded for {on} would no "
        "longer be possible ({why})",
        "fr": "avec cette écriture « {new_kind} » datée du {new_on}, l'écriture « {kind} » "
        "enregistrée pour le {on} ne serait plus possible ({why})",
    },
    # ------------------------------------------------------------------ ledger warnings
    "ledger.import-without-export": {
        "en": "importation into {territory} with no exportation recorded for "
        "{items:list:item|items}",
        "fr": "importation en {territory} sans exportation enregistrée pour "
        "{items:list:l'article|les articles}",
    },
    "ledger.transit-without-export": {
        "en": "transit through {territory} with no exportation recorded for "
        "{items:list:item|items}",
        "fr": "transit par {territory} sans exportation enregistrée pour "
        "{items:list:l'article|les articles}",
    },
    "ledger.split-already-there": {
        "en": "split shipment: goods of this carnet are already in {territory}, which does "
        "not allow split consignments",
        "fr": "envoi fractionné : des marchandises de ce carnet sont déjà en {territory}, "
        "qui n'admet pas les envois fractionnés",
    },
    "ledger.split-part-stays": {
        "en": "split shipment: part of the goods stays in {territory}, which does not allow "
        "split consignments",
        "fr": "envoi fractionné : une partie des marchandises reste en {territory}, qui "
        "n'admet pas les envois fractionnés",
    },
    "ledger.reexport-late": {
        "en": "re-exportation on {day} is after the final date {final} set by {territory} customs",
        "fr": "la réexportation du {day} est postérieure à la date limite du {final} fixée "
        "par la douane de {territory}",
    },
    "ledger.reexport-after-expiry": {
        "en": "re-exportation after the carnet expired on {expiry}",
        "fr": "réexportation après l'expiration du carnet le {expiry}",
    },
    "ledger.transit-closed-late": {
        "en": "transit through {territory} closed on {day}, after the final date {final} set "
        "by customs",
        "fr": "transit par {territory} apuré le {day}, après la date limite du {final} fixée "
        "par la douane",
    },
    "ledger.reimport-still-abroad": {
        "en": "re-importation of {items:list:item|items} still recorded in {place}: no "
        "re-exportation recorded",
        "fr": "réimportation {items:list:de l'article|des articles} sans réexportation "
        "enregistrée : le relevé indique encore {place}",
    },
    "ledger.reimport-late": {
        "en": "re-importation on {day} is after the final date {final} set on the exportation "
        "voucher (box H b)",
        "fr": "la réimportation du {day} est postérieure à la date limite du {final} fixée "
        "sur le volet d'exportation (case H b)",
    },
    "ledger.reimport-after-expiry": {
        "en": "re-importation after the carnet expired on {expiry}",
        "fr": "réimportation après l'expiration du carnet le {expiry}",
    },
    # ------------------------------------------------------------------ movements
    "movement.text-too-long": {
        "en": "{field}: longer than {most} characters",
        "fr": "{field} : plus de {most} caractères",
    },
    "movement.event-replaced": {
        "en": "kind: use `carnet replace` for a replacement carnet",
        "fr": "type : utilisez `carnet replace` pour un carnet de remplacement",
    },
    "movement.correction-unreadable": {
        "en": "the corrected entry is unreadable",
        "fr": "l'écriture corrigée est illisible",
    },
    "movement.no-entry": {
        "en": "carnet {number} has no recorded entry {seq}",
        "fr": "le carnet {number} n'a pas d'écriture enregistrée {seq}",
    },
    "movement.irregularity-unknown": {
        "en": "irregularity {irregularity_id}: no such irregularity",
        "fr": "irrégularité {irregularity_id} : cette irrégularité n'existe pas",
    },
    "movement.irregularity-resolved": {
        "en": "irregularity {irregularity_id} was already resolved on {day}",
        "fr": "l'irrégularité {irregularity_id} a déjà été résolue le {day}",
    },
    "movement.note-missing": {
        "en": "note: say how the irregularity was resolved",
        "fr": "note : indiquez comment l'irrégularité a été résolue",
    },
    # ------------------------------------------------------------------ check-in
    "checkin.stamp": {
        "en": "{action}{where} on {day} (items {items}){final}",
        "fr": "{action}{where} le {day} (articles {items}){final}",
    },
    "checkin.final-date": {"en": ", final date {day}", "fr": ", date limite {day}"},
    "checkin.field-differs": {
        "en": "{field} {ours} here, {theirs} in the holder's record",
        "fr": "{field} {ours} ici, {theirs} dans le relevé du titulaire",
    },
    "checkin.changed": {
        "en": "{stamp} was recorded differently: {told}",
        "fr": "{stamp} a été enregistré autrement : {told}",
    },
    "checkin.missing-here": {
        "en": "the holder recorded {stamp}; this desk has no such stamp",
        "fr": "le titulaire a enregistré {stamp} ; ce poste n'a pas ce cachet",
    },
    "checkin.not-in-record": {
        "en": "this desk recorded {stamp}; the holder's record does not have it",
        "fr": "ce poste a enregistré {stamp} ; le relevé du titulaire ne l'a pas",
    },
    "checkin.no-carnet": {
        "en": "file {file}: refused, it names no carnet",
        "fr": "fichier {file} : refusé, il ne nomme aucun carnet",
    },
    "checkin.carnet-unknown": {
        "en": "file {file}: refused, carnet {number} is not known on this desk",
        "fr": "fichier {file} : refusé, le carnet {number} est inconnu de ce poste",
    },
    "checkin.not-issued-here": {
        "en": "file {file}: refused, carnet {number} was not issued by this desk",
        "fr": "fichier {file} : refusé, le carnet {number} n'a pas été délivré par ce poste",
    },
    "checkin.other-list": {
        "en": "file {file}: refused, its general list is not the one this desk issued for {number}",
        "fr": "fichier {file} : refusé, sa liste générale n'est pas celle que ce poste a "
        "délivrée pour {number}",
    },
    "checkin.record-unreadable": {
        "en": "file {file}: refused, its record is unreadable",
        "fr": "fichier {file} : refusé, son relevé est illisible",
    },
    "checkin.accept-unreadable": {
        "en": "accept: {accept!r} is not 'all' or difference ids",
        "fr": "accept : {accept!r} n'est ni 'all' ni des numéros de différences",
    },
    "checkin.accept-unknown": {
        "en": "accept: difference {difference} is not one of {ids}",
        "fr": "accept : la différence {difference} n'est pas parmi {ids}",
    },
    "checkin.cannot-accept": {
        "en": "difference {difference} cannot be accepted: {why}",
        "fr": "la différence {difference} ne peut pas être acceptée : {why}",
    },
    "checkin.entry-unreadable": {
        "en": "difference {difference}: the holder's entry is unreadable",
        "fr": "différence {difference} : l'écriture du titulaire est illisible",
    },
    # ------------------------------------------------------------------ goods checks
    "goods-check.at-row": {"en": "row {row}: {problem}", "fr": "ligne {row} : {problem}"},
    "goods-check.at-cell": {
        "en": "row {row}, column {column}: {problem}",
        "fr": "ligne {row}, colonne {column} : {problem}",
    },
    "goods-check.column.item": {"en": "item", "fr": "article"},
    "goods-check.column.description": {"en": "description", "fr": "désignation"},
    "goods-check.column.serial": {"en": "serial", "fr": "numéro de série"},
    "goods-check.column.pieces": {"en": "pieces", "fr": "pièces"},
    "goods-check.column.weight": {"en": "weight", "fr": "poids"},
    "goods-check.column.value": {"en": "value", "fr": "valeur"},
    "goods-check.column.origin": {"en": "origin", "fr": "origine"},
    "goods-check.column.heading": {"en": "heading", "fr": "titre"},
    "goods-check.formula": {
        "en": "{cell!r} looks like a spreadsheet formula",
        "fr": "{cell!r} ressemble à une formule de tableur",
    },
    "goods-check.value-missing": {"en": "the value is missing", "fr": "la valeur manque"},
    "goods-check.not-an-amount": {
        "en": "{text!r} is not an amount",
        "fr": "{text!r} n'est pas un montant",
    },
    "goods-check.pieces-min": {
        "en": "the number of pieces must be at least 1",
        "fr": "le nombre de pièces doit être d'au moins 1",
    },
    "goods-check.weight-unit": {
        "en": "weight unit {unit!r} is not one of {units}",
        "fr": "l'unité de poids {unit!r} n'est pas l'une de {units}",
    },
    "goods-check.serial-twice": {
        "en": "serial number {serial!r} is also on row {row}",
        "fr": "le numéro de série {serial!r} figure aussi à la ligne {row}",
    },
    "goods-check.same-article": {
        "en": "the same article as row {row}: make it one line with the number of pieces, or "
        "tell the articles apart (serial numbers)",
        "fr": "le même article qu'à la ligne {row} : faites-en une ligne avec le nombre de "
        "pièces, ou distinguez les articles (numéros de série)",
    },
    "goods-check.decimal-points": {"en": "decimal points", "fr": "des points décimaux"},
    "goods-check.decimal-commas": {"en": "decimal commas", "fr": "des virgules décimales"},
    "goods-check.other-convention": {
        "en": "{text!r} does not follow the column's other numbers, written with {written}",
        "fr": "{text!r} ne suit pas les autres nombres de la colonne, écrits avec {written}",
    },
    "goods-check.description-missing": {
        "en": "the trade description is missing",
        "fr": "la désignation commerciale manque",
    },
    "goods-check.description-long": {
        "en": "the description is {length} characters, at most {most}",
        "fr": "la désignation fait {length} caractères, au plus {most}",
    },
    "goods-check.vague": {
        "en": "vague wording {word!r}: customs refuse it; describe each article (make, model, "
        "serial number)",
        "fr": "formulation vague {word!r} : la douane la refuse ; décrivez chaque article "
        "(marque, modèle, numéro de série)",
    },
    "goods-check.no-serial": {
        "en": 'no serial number: give "S/N ..." or write "NSN" when the article has none',
        "fr": "pas de numéro de série : indiquez « S/N ... » ou écrivez « NSN » quand "
        "l'article n'en a pas",
    },
    "goods-check.pieces-missing": {
        "en": "the number of pieces is missing",
        "fr": "le nombre de pièces manque",
    },
    "goods-check.pieces-not-whole": {
        "en": "{text!r} is not a whole number of pieces",
        "fr": "{text!r} n'est pas un nombre entier de pièces",
    },
    "goods-check.pieces-too-many": {
        "en": "more than {most} pieces on one line",
        "fr": "plus de {most} pièces sur une ligne",
    },
    "goods-check.not-a-weight": {
        "en": "{text!r} is not a weight",
        "fr": "{text!r} n'est pas un poids",
    },
    "goods-check.weight-decimals": {
        "en": "{text!r} has more than {most} decimals: round it",
        "fr": "{text!r} a plus de {most} décimales : arrondissez",
    },
    "goods-check.value-not-positive": {
        "en": "the value must be more than 0",
        "fr": "la valeur doit être supérieure à 0",
    },
    "goods-check.value-decimals": {
        "en": "{value} has more decimals than the currency allows ({most}): round it",
        "fr": "{value} a plus de décimales que la devise n'en permet ({most}) : arrondissez",
    },
    "goods-check.value-implausible": {
        "en": "{value} is not a plausible value",
        "fr": "{value} n'est pas une valeur plausible",
    },
    "goods-check.origin-missing": {
        "en": "the country of origin is missing (ISO code)",
        "fr": "le pays d'origine manque (code ISO)",
    },
    "goods-check.origin-not-iso": {
        "en": "{text!r} is not an ISO 3166 two-letter country code",
        "fr": "{text!r} n'est pas un code pays ISO 3166 à deux lettres",
    },
    "goods-check.number-too-long": {
        "en": "{length} characters long: not a number",
        "fr": "{length} caractères : ce n'est pas un nombre",
    },
    "goods-check.number-ambiguous": {
        "en": "{text!r} is ambiguous: write it without a thousands separator (1234 or 1.234)",
        "fr": "{text!r} est ambigu : écrivez-le sans séparateur de milliers (1234 ou 1.234)",
    },
    "goods-check.not-a-number": {
        "en": "{text!r} is not a number",
        "fr": "{text!r} n'est pas un nombre",
    },
    "goods-check.number-digits": {
        "en": "{text!r}… has more than {most} digits",
        "fr": "{text!r}… a plus de {most} chiffres",
    },
    "goods-check.heading-too-long": {
        "en": "a heading has at most {most} characters",
        "fr": "un titre a au plus {most} caractères",
    },
    "goods-check.heading-alone": {
        "en": "heading {text!r} has no goods after it",
        "fr": "le titre {text!r} n'est suivi d'aucune marchandise",
    },
    # ------------------------------------------------------------------ goods import
    "goods-import.no-header": {
        "en": "no header row found in the first rows: name the columns (description, pieces, "
        "value, origin...)",
        "fr": "aucune ligne d'en-tête dans les premières lignes : nommez les colonnes "
        "(désignation, pièces, valeur, origine...)",
    },
    "goods-import.refused": {
        "en": "general list refused, nothing imported: {count:plural:error|errors}: {errors}",
        "fr": "liste générale refusée, rien n'a été importé : {count:plural:erreur|erreurs} : "
        "{errors}",
    },
    "goods-import.no-quantity-column": {
        "en": "the list has no quantity column (found: {found}): add one named Qty, Quantity, "
        "Qté, Nbre, Anzahl, Cantidad, Quantità or Aantal",
        "fr": "la liste n'a pas de colonne de quantité (trouvé : {found}) : ajoutez-en une "
        "nommée Qty, Quantity, Qté, Nbre, Anzahl, Cantidad, Quantità ou Aantal",
    },
    "goods-import.no-rows": {
        "en": "the file has a header but no goods rows",
        "fr": "le fichier a un en-tête mais aucune ligne de marchandises",
    },
    "goods-import.list-locked": {
        "en": "carnet {carnet} is {status}: the general list is locked once issued (no item "
        "may be added after issue)",
        "fr": "le carnet {carnet} est {status} : la liste générale est verrouillée une fois "
        "le carnet délivré (aucun article ne peut être ajouté après la délivrance)",
    },
    "goods-import.sheet": {
        "en": "sheet {sheet!r} of {name}: {why}; the workbook's sheets: {sheets} (choose with "
        "--sheet)",
        "fr": "feuille {sheet!r} de {name} : {why} ; les feuilles du classeur : {sheets} "
        "(choisissez avec --sheet)",
    },
    # ------------------------------------------------------------------ fees
    "fees.processing": {
        "en": "processing fee ({limit})",
        "fr": "frais de dossier ({limit})",
    },
    "fees.processing-member": {
        "en": "processing fee ({limit}, member)",
        "fr": "frais de dossier ({limit}, membre)",
    },
    "fees.value-below": {
        "en": "value below {below:grouped}",
        "fr": "valeur inférieure à {below:grouped}",
    },
    "fees.any-value": {"en": "any value", "fr": "toute valeur"},
    "fees.continuation": {
        "en": "continuation sheets ({item_count} items, {how})",
        "fr": "feuilles supplémentaires ({item_count} articles, {how})",
    },
    "fees.as-printed": {"en": "as printed", "fr": "telles qu'imprimées"},
    "fees.rows-a-sheet": {"en": "{rows} rows a sheet", "fr": "{rows} lignes par feuille"},
    "fees.extra-sets": {
        "en": "voucher sets beyond the {included} included",
        "fr": "jeux de volets au-delà des {included} compris",
    },
    "fees.rush": {
        "en": "{label} (departure in {days} days)",
        "fr": "{label} (départ dans {days} jours)",
    },
    "fees.rush-service": {"en": "rush service", "fr": "service urgent"},
    "fees.bond-premium": {
        "en": "insurance bond premium (paid to the insurer)",
        "fr": "prime de caution d'assurance (payée à l'assureur)",
    },
    "fees.sets-after-issue": {
        "en": "voucher sets added after issue",
        "fr": "jeux de volets ajoutés après la délivrance",
    },
    "fees.sets-after-issue-minimum": {
        "en": "voucher sets added after issue ({count}; minimum charge)",
        "fr": "jeux de volets ajoutés après la délivrance ({count} ; montant minimum)",
    },
    "fees.tax": {
        "en": "{label} {percent} % on {base:grouped}",
        "fr": "{label} {percent} % sur {base:grouped}",
    },
    "fees.tax-word": {"en": "tax", "fr": "taxe"},
    # ------------------------------------------------------------------ security
    "security.no-destination": {
        "en": "no destination outside the home territory yet",
        "fr": "pas encore de destination hors du territoire d'origine",
    },
    "security.schedule-minimum": {
        "en": "the schedule's minimum security {minimum:grouped} {currency}",
        "fr": "la garantie minimale du barème, {minimum:grouped} {currency}",
    },
    "security.summary": {
        "en": "security {amount:grouped} {currency}: {rule}, on a general-list value of "
        "{total:grouped} {currency}",
        "fr": "garantie de {amount:grouped} {currency} : {rule}, sur une valeur de liste "
        "générale de {total:grouped} {currency}",
    },
    "security.requirement": {
        "en": "{country} {kind} {amount:grouped} {currency}",
        "fr": "{country} ({kind}) {amount:grouped} {currency}",
    },
    "security.highest-of": {
        "en": "highest of: {requirements}",
        "fr": "la plus élevée de : {requirements}",
    },
    "security.default-rate": {"en": "default rate", "fr": "taux par défaut"},
    "security.any-country": {"en": "any country", "fr": "tout pays"},
    "security.rate-card": {"en": "rate card {scope}", "fr": "barème {scope}"},
    "security.rate-card-note": {
        "en": "rate card {scope} ({note})",
        "fr": "barème {scope} ({note})",
    },
    "security.destination-rule": {
        "en": "{country}: {source} {rate}",
        "fr": "{country} : {source} {rate}",
    },
    "security.minimum": {
        "en": "minimum {minimum:grouped} {currency}",
        "fr": "au moins {minimum:grouped} {currency}",
    },
    "security.special.company": {
        "en": "{name} at {percent} (company holder)",
        "fr": "{name} à {percent} (titulaire société)",
    },
    "security.special.individual": {
        "en": "{name} at {percent} (individual holder)",
        "fr": "{name} à {percent} (titulaire particulier)",
    },
    "security.value-rate": {"en": "{percent} of value", "fr": "{percent} de la valeur"},
    "security.duty-rate": {
        "en": "duty and tax {percent}{penalty} = {effective} of value",
        "fr": "droits et taxes {percent}{penalty} = {effective} de la valeur",
    },
    "security.penalty": {"en": " + {percent} penalty", "fr": " + {percent} de pénalité"},
    "security.penalty-of-duty": {
        "en": " + {percent} penalty of the duty",
        "fr": " + {percent} de pénalité sur les droits",
    },
    "security.bond": {
        "en": "insurance bond: premium {rate:grouped} {currency} per 1,000 of bond{minimum} → "
        "{premium:grouped} {currency}",
        "fr": "caution d'assurance : prime de {rate:grouped} {currency} pour 1 000 de "
        "caution{minimum} → {premium:grouped} {currency}",
    },
    "security.bond-minimum": {
        "en": ", minimum {minimum:grouped} {currency}",
        "fr": ", au minimum {minimum:grouped} {currency}",
    },
    "security.form": {
        "en": "{form} of {amount:grouped} {currency}",
        "fr": "{form} de {amount:grouped} {currency}",
    },
    "security.form.cash": {"en": "cash or cheque deposit", "fr": "dépôt en espèces ou chèque"},
    "security.form.bank-guarantee": {"en": "bank guarantee", "fr": "garantie bancaire"},
    "security.form.indemnity-scheme": {
        "en": "indemnity scheme",
        "fr": "régime d'indemnisation",
    },
    # ------------------------------------------------------------------ application checks
    "app-check.unknown-use": {
        "en": "{use} is not a known intended use (known: {known})",
        "fr": "{use} n'est pas un usage prévu connu (connus : {known})",
    },
    "app-check.no-destination": {
        "en": "no destination or transit country listed yet",
        "fr": "aucun pays de destination ou de transit pour l'instant",
    },
    "app-check.unknown-country": {
        "en": "{country} is not in the country table: carnets are not known to be accepted there",
        "fr": "{country} ne figure pas dans la table des pays : on ne sait pas si les carnets "
        "y sont acceptés",
    },
    "app-check.not-in-table": {
        "en": "{country} is not in the country table",
        "fr": "{country} ne figure pas dans la table des pays",
    },
    "app-check.format-differs": {
        "en": "{explanation}; the application asks for {format}",
        "fr": "{explanation} ; la demande indique {format}",
    },
    "app-check.holder-country": {
        "en": "holder.country: {country} is not a known country (ISO 3166 code)",
        "fr": "holder.country : {country} n'est pas un pays connu (code ISO 3166)",
    },
    "app-check.event-missing": {
        "en": "event: a carnet for {use} names the event (name and place)",
        "fr": "event : un carnet pour {use} nomme la manifestation (nom et lieu)",
    },
    "app-check.general-list": {
        "en": "{where} (item {item}): {problem}",
        "fr": "{where} (article {item}) : {problem}",
    },
    "app-check.one-use": {"en": "one intended use", "fr": "un seul usage prévu"},
    "app-check.some-uses": {"en": "{count} uses", "fr": "{count} usages"},
    "app-check.uses-at-once": {
        "en": "{label} accepts only {allowed} in box C; the application names {count} "
        "({uses}): issue one carnet per use",
        "fr": "{label} n'accepte que {allowed} en case C ; la demande en indique {count} "
        "({uses}) : délivrez un carnet par usage",
    },
    "app-check.not-ata": {
        "en": "{label} is outside the ATA carnet system",
        "fr": "{label} est hors du système des carnets ATA",
    },
    "app-check.not-ata-noted": {
        "en": "{label} is outside the ATA carnet system: {notes}",
        "fr": "{label} est hors du système des carnets ATA : {notes}",
    },
    "app-check.replacement-refused": {
        "en": "{label} does not accept replacement carnets{notes}",
        "fr": "{label} n'accepte pas les carnets de remplacement{notes}",
    },
    "app-check.replacement-unverified": {
        "en": "whether {label} accepts replacement carnets is not verified: ask its customs "
        "for written consent first",
        "fr": "on ne sait pas si {label} accepte les carnets de remplacement : demandez "
        "d'abord l'accord écrit de sa douane",
    },
    "app-check.replacement-conditions": {
        "en": "{label} accepts replacement carnets only {conditions}",
        "fr": "{label} n'accepte les carnets de remplacement que {conditions}",
    },
    "app-check.format-digital": {
        "en": "a digital carnet is possible: eATA is live in {ready} on {on}",
        "fr": "un carnet numérique est possible : l'eATA est en service en {ready} le {on}",
    },
    "app-check.format-paper": {
        "en": "a paper carnet is needed: eATA is not live in {paper} on {on}",
        "fr": "un carnet papier est nécessaire : l'eATA n'est pas en service en {paper} le {on}",
    },
    "app-check.format-both": {
        "en": "a paper and a digital carnet are needed (both): eATA is live in {ready} on "
        "{on}, not in {paper}",
        "fr": "un carnet papier et un carnet numérique sont nécessaires (les deux) : l'eATA "
        "est en service en {ready} le {on}, pas en {paper}",
    },
    "app-check.and": {"en": "{first} and {last}", "fr": "{first} et {last}"},
    "app-check.refused-for-home": {
        "en": "carnets issued in {home} may not be used in {label}{notes}",
        "fr": "les carnets délivrés en {home} ne peuvent pas être utilisés en {label}{notes}",
    },
    "app-check.home-territory": {
        "en": "{label} is inside the {territory} customs territory, the carnet's home "
        "territory: goods do not need a carnet inside the {territory} customs territory",
        "fr": "{label} est dans le territoire douanier {territory}, le territoire d'origine "
        "du carnet : les marchandises n'ont pas besoin de carnet dans le territoire douanier "
        "{territory}",
    },
    "app-check.suspended": {
        "en": "{label}: issuing associations have suspended carnets for it{notes}",
        "fr": "{label} : les associations émettrices ont suspendu les carnets pour ce pays{notes}",
    },
    "app-check.use-not-accepted": {
        "en": "{label} does not accept carnets for {use}",
        "fr": "{label} n'accepte pas les carnets pour {use}",
    },
    "app-check.use-national-law": {
        "en": "{label} accepts {use} only under its national law: check the conditions with "
        "its customs",
        "fr": "{label} n'accepte {use} que selon sa loi nationale : vérifiez les conditions "
        "auprès de sa douane",
    },
    "app-check.use-limited": {
        "en": "{label} accepts {use} only in limited cases{notes}",
        "fr": "{label} n'accepte {use} que dans des cas limités{notes}",
    },
    "app-check.use-unverified": {
        "en": "whether {label} accepts carnets for {use} is not verified",
        "fr": "on ne sait pas si {label} accepte les carnets pour {use}",
    },
    "app-check.transit-not-accepted": {
        "en": "{label} does not accept carnets for transit (no blue vouchers)",
        "fr": "{label} n'accepte pas les carnets en transit (pas de volets bleus)",
    },
    "app-check.transit-unverified": {
        "en": "whether {label} accepts carnets for transit is not verified",
        "fr": "on ne sait pas si {label} accepte les carnets en transit",
    },
    "app-check.transit-conditions": {
        "en": "{label} accepts carnets for transit only {conditions}",
        "fr": "{label} n'accepte les carnets en transit que {conditions}",
    },
    "app-check.stay-limit": {
        "en": "{label} customs usually limit the stay to {months} months ({uses}): the goods "
        "must leave by then or an extension must be asked for before that date",
        "fr": "la douane de {label} limite d'ordinaire le séjour à {months} mois ({uses}) : "
        "les marchandises doivent être sorties d'ici là, ou une prolongation doit être "
        "demandée avant cette date",
    },
    # ------------------------------------------------------------------ quotes
    "quote.schedule-currency": {
        "en": "the schedule {name!r} is priced in {schedule_currency} but the general list is "
        "in {currency}: its amounts are applied as {currency} figures; set the schedule's "
        "currency and amounts for this chamber",
        "fr": "le barème {name!r} est en {schedule_currency} mais la liste générale est en "
        "{currency} : ses montants sont appliqués comme des montants en {currency} ; réglez "
        "la devise et les montants du barème pour cette chambre",
    },
    "quote.example-schedule": {
        "en": "the active schedule {name!r} is a shipped EXAMPLE: edit its figures before "
        "quoting for real",
        "fr": "le barème actif {name!r} est un EXEMPLE livré avec le logiciel : modifiez ses "
        "montants avant de faire un vrai devis",
    },
    "quote.form-not-accepted": {
        "en": "security form {form!r} is not accepted by this chamber's schedule (accepted: "
        "{accepted})",
        "fr": "la forme de garantie {form!r} n'est pas acceptée par le barème de cette "
        "chambre (acceptées : {accepted})",
    },
    "quote.form-unknown": {
        "en": "security form {form!r} is unknown to this chamber's schedule (accepted: {accepted})",
        "fr": "la forme de garantie {form!r} est inconnue du barème de cette chambre "
        "(acceptées : {accepted})",
    },
    "quote.departure-past": {
        "en": "the departure date {day} is already past",
        "fr": "la date de départ du {day} est déjà passée",
    },
    # ------------------------------------------------------------------ voucher plan
    "plan.line": {"en": "{colour}: {what} → {sets}", "fr": "{colour} : {what} → {sets}"},
    "plan.sets": {"en": "{sets:plural:set|sets}", "fr": "{sets:plural:jeu|jeux}"},
    "plan.trips": {
        "en": "{trips:plural:trip|trips} out of and back into {territory}",
        "fr": "{trips:plural:voyage|voyages} aller-retour hors de {territory}",
    },
    "plan.stops": {
        "en": "{territory} {kind} ×{times}",
        "fr": "{territory}, {kind} ×{times}",
    },
    "plan.territory": {
        "en": "{territory} {kind} ({listed}; one territory)",
        "fr": "{territory}, {kind} ({listed} ; un seul territoire)",
    },
    "plan.contingency": {"en": "contingency", "fr": "réserve"},
}
