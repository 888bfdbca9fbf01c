<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Item</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Trade description (make, model)</source>
        <translation>Désignation commerciale (marque, modèle)</translation>
    </message>
    <message>
        <source>Serial No / marks</source>
        <translation>N° de série / marques</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation>Poids (%1)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Item numbers follow the order of the lines (1..N).</source>
        <translation>Les numéros d&apos;ordre suivent l&apos;ordre des lignes (1..N).</translation>
    </message>
    <message>
        <source>Describe each article: make, model, what it is. Customs refuse vague words such as &apos;various&apos;, &apos;assorted&apos; or &apos;accessories&apos;.</source>
        <translation>Décrivez chaque article&#xa0;: marque, modèle, nature. La douane refuse les termes vagues comme «&#xa0;divers&#xa0;», «&#xa0;assortis&#xa0;» ou «&#xa0;accessoires&#xa0;».</translation>
    </message>
    <message>
        <source>Serial number, or &quot;NSN&quot; when the article has none.</source>
        <translation>Numéro de série, ou «&#xa0;NSN&#xa0;» si l&apos;article n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Number of pieces (a whole number).</source>
        <translation>Nombre de pièces (un nombre entier).</translation>
    </message>
    <message>
        <source>Weight of the line, in the unit chosen for the list.</source>
        <translation>Poids de la ligne, dans l&apos;unité choisie pour la liste.</translation>
    </message>
    <message>
        <source>Commercial value of the line in the carnet currency.</source>
        <translation>Valeur commerciale de la ligne dans la devise du carnet.</translation>
    </message>
    <message>
        <source>Country of origin: ISO two-letter code (DE, JP, US...).</source>
        <translation>Pays d&apos;origine&#xa0;: code ISO à deux lettres (DE, JP, US...).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not packed yet</source>
        <translation>Pas encore emballé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item(s)</source>
        <translation type="vanished">%1 article(s)</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Liste de colisage</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="vanished">Territoire</translation>
    </message>
    <message>
        <source>ATA status</source>
        <translation type="vanished">Statut ATA</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation type="vanished">Transit</translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="vanished">Envois fractionnés</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation type="vanished">Envois postaux</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="vanished">Remplacement</translation>
    </message>
    <message>
        <source>Stay (months)</source>
        <translation type="vanished">Séjour (mois)</translation>
    </message>
    <message>
        <source>eATA from</source>
        <translation type="vanished">eATA depuis le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Remarques</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="vanished">Modifié</translation>
    </message>
    <message>
        <source>Y accepted, N not accepted, NL national law only, Ltd limited, ? unknown</source>
        <translation>Y accepté, N non accepté, NL législation nationale seulement, Ltd limité,&#x202f;? inconnu</translation>
    </message>
    <message>
        <source>Edited by the administrator: later releases leave this row alone.</source>
        <translation>Modifié par l&apos;administrateur&#xa0;: les versions ultérieures ne toucheront pas à cette ligne.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>%1: answer yes, no or ?</source>
        <translation type="vanished">%1&#xa0;: répondez oui, non ou&#x202f;?</translation>
    </message>
    <message>
        <source>%1: the stay is a number of months</source>
        <translation type="vanished">%1&#xa0;: la durée de séjour est un nombre de mois</translation>
    </message>
    <message>
        <source>Holder (A)</source>
        <translation>Titulaire (A)</translation>
    </message>
    <message>
        <source>Representatives (B)</source>
        <translation>Représentants (B)</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun désigné</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Intended use (C)</source>
        <translation>Utilisation prévue (C)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Trips out and back</source>
        <translation>Allers-retours</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>General list</source>
        <translation>Liste générale</translation>
    </message>
    <message>
        <source>%1 items, %2 pieces, %3 %4, %5; %6</source>
        <translation>%1 articles, %2 pièces, %3 %4, %5&#x202f;; %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln continuation sheet(s)</source>
        <translation>
            <numerusform>%Ln feuille de continuation</numerusform>
            <numerusform>%Ln feuilles de continuation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 items, %2 pieces, %3 %4, %5; %6 continuation sheet(s)</source>
        <translation type="vanished">%1 articles, %2 pièces, %3 %4, %5&#x202f;; %6 feuille(s) de continuation</translation>
    </message>
    <message>
        <source>Voucher sets</source>
        <translation>Jeux de volets</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Format needed</source>
        <translation>Format requis</translation>
    </message>
    <message>
        <source>To tell the holder</source>
        <translation>À signaler au titulaire</translation>
    </message>
    <message>
        <source>Annex pages</source>
        <translation>Pages d&apos;annexe</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Restitué le</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation>Apuré le</translation>
    </message>
    <message>
        <source>Claim window closes</source>
        <translation>Fin du délai de réclamation</translation>
    </message>
    <message>
        <source>Holder and use</source>
        <translation>Titulaire et utilisation</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <source>Value, security and fees</source>
        <translation>Valeur, garantie et frais</translation>
    </message>
    <message>
        <source>General list value</source>
        <translation>Valeur de la liste générale</translation>
    </message>
    <message>
        <source>eATA carnet ID</source>
        <translation>Identifiant du carnet eATA</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Marks and numbers</source>
        <translation>Marques et numéros</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Bureau de douane</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Final date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Where is each item (pieces per place)</source>
        <translation>Où se trouve chaque article (pièces par lieu)</translation>
    </message>
    <message>
        <source>Where is each item</source>
        <translation>Où se trouve chaque article</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <translation>Volets délivrés</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Constatée le</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irrégularité</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Régularisée le</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Resolve an irregularity…</source>
        <translation>Régulariser une irrégularité…</translation>
    </message>
    <message>
        <source>Irregularities</source>
        <translation>Irrégularités</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Proof due</source>
        <translation>Preuve attendue le</translation>
    </message>
    <message>
        <source>Payment final</source>
        <translation>Paiement définitif le</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Réglée le</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Preview the carnet&apos;s forms, then print them at 100 % scale or export them to a PDF file.</source>
        <translation type="vanished">Prévisualisez les formulaires du carnet, puis imprimez-les à l&apos;échelle 100 % ou exportez-les en PDF.</translation>
    </message>
    <message>
        <source>Choose a form, letter or report: the preview pages through it, prints it at 100 % scale or saves it as a PDF file.</source>
        <translation>Choisissez un formulaire, une lettre ou un rapport&#xa0;: l&apos;aperçu le montre page par page, l&apos;imprime à l&apos;échelle 100 % ou l&apos;enregistre en PDF.</translation>
    </message>
    <message>
        <source>Overlay: data only, for the official pre-printed forms</source>
        <translation>Surimpression&#xa0;: données seules, sur les formulaires officiels préimprimés</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>Quand il s&apos;applique</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Another chamber issued this carnet: its letters come from it.</source>
        <translation>Une autre chambre a délivré ce carnet&#xa0;: ses lettres viennent d&apos;elle.</translation>
    </message>
    <message>
        <source>Letters and reports are made by the issuing chamber&apos;s desk.</source>
        <translation>Les lettres et rapports sont faits par le poste de la chambre émettrice.</translation>
    </message>
    <message>
        <source>Whole carnet</source>
        <translation>Carnet complet</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Feuille de couverture</translation>
    </message>
    <message>
        <source>General list and continuation sheets</source>
        <translation>Liste générale et feuilles de continuation</translation>
    </message>
    <message>
        <source>Voucher sets and counterfoils</source>
        <translation>Jeux de volets et souches</translation>
    </message>
    <message>
        <source>Trip pack: the next trip&apos;s vouchers, filled in</source>
        <translation>Dossier de voyage&#xa0;: les volets remplis du prochain voyage</translation>
    </message>
    <message>
        <source>Only a carnet in use goes on a trip.</source>
        <translation>Seul un carnet en cours d&apos;utilisation part en voyage.</translation>
    </message>
    <message>
        <source>No goods are at home to take on a trip.</source>
        <translation>Aucune marchandise n&apos;est au pays pour partir en voyage.</translation>
    </message>
    <message>
        <source>Quote letter: security and fees</source>
        <translation>Lettre de devis&#xa0;: garantie et frais</translation>
    </message>
    <message>
        <source>A cancelled carnet needs no quote.</source>
        <translation>Un carnet annulé n&apos;a pas besoin de devis.</translation>
    </message>
    <message>
        <source>Claim letter to the holder: claim %1 (%2)</source>
        <translation>Lettre de réclamation au titulaire&#xa0;: réclamation %1 (%2)</translation>
    </message>
    <message>
        <source>Claim dossier: claim %1 (%2)</source>
        <translation>Dossier de réclamation&#xa0;: réclamation %1 (%2)</translation>
    </message>
    <message>
        <source>Claim letter to the holder</source>
        <translation>Lettre de réclamation au titulaire</translation>
    </message>
    <message>
        <source>Claim dossier</source>
        <translation>Dossier de réclamation</translation>
    </message>
    <message>
        <source>There is no claim on this carnet.</source>
        <translation>Ce carnet n&apos;a aucune réclamation.</translation>
    </message>
    <message>
        <source>Discharge certificate</source>
        <translation>Certificat d&apos;apurement</translation>
    </message>
    <message>
        <source>Made once the carnet is discharged.</source>
        <translation>Établi une fois le carnet apuré.</translation>
    </message>
    <message>
        <source>Goods abroad: every carnet (report)</source>
        <translation>Marchandises à l&apos;étranger&#xa0;: tous les carnets (rapport)</translation>
    </message>
    <message>
        <source>Printer calibration sheet</source>
        <translation>Feuille d&apos;étalonnage de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="vanished">Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>expiré depuis %1 jours</translation>
    </message>
    <message>
        <source>goods abroad</source>
        <translation>marchandises à l&apos;étranger</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open claim(s)</source>
        <translation>
            <numerusform>%Ln réclamation en cours</numerusform>
            <numerusform>%Ln réclamations en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open claim(s)</source>
        <translation type="vanished">%1 réclamation(s) en cours</translation>
    </message>
    <message>
        <source>Draft: the general list can still be changed in the issuing wizard.</source>
        <translation type="vanished">Brouillon&#xa0;: la liste générale peut encore être modifiée dans l&apos;assistant de délivrance.</translation>
    </message>
    <message>
        <source>Read-only: the general list cannot change once the carnet is issued.</source>
        <translation type="vanished">Lecture seule&#xa0;: la liste générale ne peut plus changer une fois le carnet délivré.</translation>
    </message>
    <message>
        <source>A draft is printed once it is issued.</source>
        <translation>Un brouillon s&apos;imprime une fois le carnet délivré.</translation>
    </message>
    <message>
        <source>History</source>
        <comment>Stamp: %1</comment>
        <translation type="obsolete">Historique</translation>
    </message>
    <message>
        <source>History</source>
        <comment>Goods: %1</comment>
        <translation type="obsolete">Historique</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Carnet Desk cannot open its database.</source>
        <translation>Carnet Desk ne peut pas ouvrir sa base de données.</translation>
    </message>
    <message>
        <source>You can replace it by a backup copy. The present file is kept aside first, so nothing is lost.</source>
        <translation>Vous pouvez la remplacer par une copie de sauvegarde. Le fichier actuel est d’abord mis de côté&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a backup copy</source>
        <translation>Restaurer depuis une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Carnet Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Carnet Desk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recorded differently</source>
        <translation>Enregistré autrement</translation>
    </message>
    <message>
        <source>Not recorded here</source>
        <translation>Non enregistré ici</translation>
    </message>
    <message>
        <source>Not in the holder&apos;s record</source>
        <translation>Absent du relevé du titulaire</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>final date</source>
        <translation>date limite</translation>
    </message>
    <message>
        <source>customs office</source>
        <translation>bureau de douane</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>items %1</source>
        <translation>articles %1</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the holder&apos;s record</source>
        <translation>%1&#xa0;: %2 ici, %3 dans le relevé du titulaire</translation>
    </message>
    <message>
        <source>%1 was recorded differently:
%2</source>
        <translation>%1 a été enregistré autrement&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The holder recorded %1; this desk has no such stamp.</source>
        <translation>Le titulaire a enregistré %1&#xa0;; ce bureau n’a pas ce cachet.</translation>
    </message>
    <message>
        <source>This desk recorded %1; the holder&apos;s record does not have it.</source>
        <translation>Ce bureau a enregistré %1&#xa0;; le relevé du titulaire ne l’a pas.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Exportation</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Importation</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Re-exportation</source>
        <translation>Réexportation</translation>
    </message>
    <message>
        <source>Re-importation</source>
        <translation>Réimportation</translation>
    </message>
    <message>
        <source>Transit in</source>
        <translation>Entrée en transit</translation>
    </message>
    <message>
        <source>Transit out</source>
        <translation>Sortie de transit</translation>
    </message>
    <message>
        <source>Sold (duty paid)</source>
        <translation>Vendu (droits acquittés)</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Volé</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Taken over by a replacement carnet</source>
        <translation>Repris par un carnet de remplacement</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>Customs final date</source>
        <translation>Date limite de la douane</translation>
    </message>
    <message>
        <source>Expiry with goods abroad</source>
        <translation>Expire, biens à l&apos;étranger</translation>
    </message>
    <message>
        <source>Replacement request</source>
        <translation>Demande de remplacement</translation>
    </message>
    <message>
        <source>Carnet to return</source>
        <translation>Carnet à restituer</translation>
    </message>
    <message>
        <source>Claim proof due</source>
        <translation>Preuve de réclamation attendue</translation>
    </message>
    <message>
        <source>Security release</source>
        <translation>Libération de la garantie</translation>
    </message>
    <message>
        <source>Claim payment</source>
        <translation>Paiement d&apos;une réclamation</translation>
    </message>
    <message>
        <source>Claim refund</source>
        <translation>Remboursement d&apos;une réclamation</translation>
    </message>
    <message>
        <source>Open irregularity</source>
        <translation>Irrégularité ouverte</translation>
    </message>
    <message>
        <source>%1 piece(s) must leave %2 by %3 (%4 voucher %5)</source>
        <translation type="vanished">%1 pièce(s) doivent quitter %2 au plus tard le %3 (%4, volet n° %5)</translation>
    </message>
    <message>
        <source>carnet expires on %1 with goods still abroad</source>
        <translation type="vanished">le carnet expire le %1 avec des marchandises encore à l&apos;étranger</translation>
    </message>
    <message>
        <source>last day to ask host customs for a replacement carnet (expiry %1)</source>
        <translation type="vanished">dernier jour pour demander le remplacement à la douane d&apos;accueil (expire le %1)</translation>
    </message>
    <message>
        <source>carnet to be returned to the chamber by %1</source>
        <translation type="vanished">carnet à restituer à la chambre au plus tard le %1</translation>
    </message>
    <message>
        <source>proof for claim %1 from %2 due %3</source>
        <translation type="vanished">preuve attendue le %3 pour la réclamation %1 de %2</translation>
    </message>
    <message>
        <source>security may be released from %1 (claim window closed)</source>
        <translation type="vanished">la garantie peut être libérée à partir du %1 (délai de réclamation écoulé)</translation>
    </message>
</context>
<context>
    <name>AlertGroup</name>
    <message>
        <source>Nothing here.</source>
        <translation type="vanished">Rien à signaler.</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Due</source>
        <translation type="vanished">Échéance</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="vanished">Jours</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation type="vanished">Carnet</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">Détails</translation>
    </message>
</context>
<context>
    <name>AssociationPage</name>
    <message>
        <source>Save association</source>
        <translation>Enregistrer l&apos;association</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <source>Association code</source>
        <translation>Code de l&apos;association</translation>
    </message>
    <message>
        <source>Currency *</source>
        <translation>Devise *</translation>
    </message>
    <message>
        <source>Carnet number format</source>
        <translation>Format du numéro de carnet</translation>
    </message>
    <message>
        <source>Fields: {country}, {code}, {year}, {serial}; {serial:06d} pads the serial to six digits. The serial must be in the format.</source>
        <translation>Champs&#xa0;: {country}, {code}, {year}, {serial}&#x202f;; {serial:06d} complète le numéro de série à six chiffres. Le numéro de série doit figurer dans le format.</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Prochain numéro</translation>
    </message>
    <message>
        <source>Issuing association</source>
        <translation>Association émettrice</translation>
    </message>
    <message>
        <source>The association this database issues for: its country is the carnets&apos; home, its currency the general lists&apos; currency.</source>
        <translation>L&apos;association pour laquelle cette base délivre les carnets&#xa0;: son pays est le pays d&apos;origine des carnets, sa devise celle des listes générales.</translation>
    </message>
    <message>
        <source>No association yet: fill in and save to start issuing.</source>
        <translation>Aucune association pour l&apos;instant&#xa0;: remplissez et enregistrez pour commencer à délivrer.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>N° de série %1</translation>
    </message>
    <message>
        <source>Saved. New quotes and carnets use %1.</source>
        <translation>Enregistré. Les nouveaux devis et carnets utilisent %1.</translation>
    </message>
</context>
<context>
    <name>AssociationSetupDialog</name>
    <message>
        <source>Set up the issuing association</source>
        <translation>Configurer l’association émettrice</translation>
    </message>
    <message>
        <source>e.g. CCI Lyon Métropole</source>
        <translation>p. ex. CCI Lyon Métropole</translation>
    </message>
    <message>
        <source>e.g. LY</source>
        <translation>p. ex. LY</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <source>Currency *</source>
        <translation>Devise *</translation>
    </message>
    <message>
        <source>Association code</source>
        <translation>Code de l’association</translation>
    </message>
    <message>
        <source>The association this desk issues carnets for. Its country is the carnets&apos; home, its currency the general lists&apos; currency; the code goes into every carnet number.</source>
        <translation>L’association pour laquelle ce poste délivre des carnets. Son pays est le pays d’origine des carnets, sa devise celle des listes générales&#xa0;; le code figure dans chaque numéro de carnet.</translation>
    </message>
</context>
<context>
    <name>CarnetDetailPage</name>
    <message>
        <source>No carnet open</source>
        <translation>Aucun carnet ouvert</translation>
    </message>
    <message>
        <source>Open a carnet from the list or the dashboard.</source>
        <translation>Ouvrez un carnet depuis la liste ou le tableau de bord.</translation>
    </message>
    <message>
        <source>Go to the carnet list</source>
        <translation>Aller à la liste des carnets</translation>
    </message>
    <message>
        <source>Record stamp…</source>
        <translation type="vanished">Enregistrer un visa…</translation>
    </message>
    <message>
        <source>Goods event…</source>
        <translation type="vanished">Événement marchandises…</translation>
    </message>
    <message>
        <source>Add voucher sets…</source>
        <translation type="vanished">Ajouter des jeux de volets…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="vanished">Restitution…</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation type="vanished">Décharger…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="vanished">Duplicata…</translation>
    </message>
    <message>
        <source>Replacement…</source>
        <translation type="vanished">Remplacement…</translation>
    </message>
    <message>
        <source>Cancel carnet…</source>
        <translation type="vanished">Annuler le carnet…</translation>
    </message>
    <message>
        <source>Open claim…</source>
        <translation type="vanished">Ouvrir une réclamation…</translation>
    </message>
    <message>
        <source>Settle claim…</source>
        <translation type="vanished">Régler la réclamation…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">Imprimer…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="vanished">Autres actions</translation>
    </message>
    <message>
        <source>Opening carnet…</source>
        <translation>Ouverture du carnet…</translation>
    </message>
    <message>
        <source>claim %1 (%2)</source>
        <translation>réclamation %1 (%2)</translation>
    </message>
    <message>
        <source>Claim dossier %1</source>
        <translation type="vanished">Dossier de réclamation %1</translation>
    </message>
    <message>
        <source>Gathering the claim dossier…</source>
        <translation type="vanished">Constitution du dossier de réclamation…</translation>
    </message>
    <message>
        <source>transit</source>
        <translation type="vanished">transit</translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="vanished">séjour</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="vanished">N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Désignation</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="vanished">Pièces</translation>
    </message>
    <message>
        <source>Stamp recorded on %1</source>
        <translation type="vanished">Visa enregistré sur le carnet %1</translation>
    </message>
    <message>
        <source>Goods event recorded</source>
        <translation type="vanished">Événement marchandises enregistré</translation>
    </message>
    <message>
        <source>Voucher sets added</source>
        <translation type="vanished">Jeux de volets ajoutés</translation>
    </message>
    <message>
        <source>Irregularity resolved</source>
        <translation type="vanished">Irrégularité régularisée</translation>
    </message>
    <message>
        <source>Carnet returned</source>
        <translation type="vanished">Carnet restitué</translation>
    </message>
    <message>
        <source>Returned to the chamber on</source>
        <translation type="vanished">Restitué à la chambre le</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="vanished">Décharge</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation type="vanished">Déchargé le</translation>
    </message>
    <message>
        <source>Carnet discharged</source>
        <translation type="vanished">Carnet déchargé</translation>
    </message>
    <message>
        <source>Duplicate carnet</source>
        <translation type="vanished">Duplicata du carnet</translation>
    </message>
    <message>
        <source>Duplicate issued on</source>
        <translation type="vanished">Duplicata délivré le</translation>
    </message>
    <message>
        <source>Duplicate issued</source>
        <translation type="vanished">Duplicata délivré</translation>
    </message>
    <message>
        <source>Replacement carnet issued</source>
        <translation type="vanished">Carnet de remplacement délivré</translation>
    </message>
    <message>
        <source>Cancel carnet</source>
        <translation type="vanished">Annuler le carnet</translation>
    </message>
    <message>
        <source>Cancel carnet %1? It has not been used; this cannot be undone.</source>
        <translation type="vanished">Annuler le carnet %1&#x202f;? Il n&apos;a pas été utilisé&#x202f;; cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Carnet cancelled</source>
        <translation type="vanished">Carnet annulé</translation>
    </message>
    <message>
        <source>Claim opened</source>
        <translation type="vanished">Réclamation ouverte</translation>
    </message>
    <message>
        <source>Claim settled</source>
        <translation type="vanished">Réclamation réglée</translation>
    </message>
    <message>
        <source>Rendering the forms…</source>
        <translation type="vanished">Préparation des formulaires…</translation>
    </message>
    <message>
        <source>Printer calibration sheet</source>
        <translation type="vanished">Feuille d&apos;étalonnage de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Rendering the calibration sheet…</source>
        <translation type="vanished">Préparation de la feuille d&apos;étalonnage…</translation>
    </message>
</context>
<context>
    <name>CarnetListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>à l&apos;étranger</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 en cours</translation>
    </message>
</context>
<context>
    <name>CarnetListPage</name>
    <message>
        <source>Search number, holder, item description or serial number  (Ctrl+F)</source>
        <translation>Numéro, titulaire, désignation ou n° de série  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>In use (issued, active, replaced)</source>
        <translation>En usage (délivrés, actifs, remplacés)</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Expirant sous %1 jours</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Goods abroad</source>
        <translation>Biens à l&apos;étranger</translation>
    </message>
    <message>
        <source>Open claim</source>
        <translation>Réclamation en cours</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Search carnets</source>
        <translation>Rechercher des carnets</translation>
    </message>
    <message>
        <source>Carnets</source>
        <translation>Carnets</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Expiry filter</source>
        <translation>Filtre par échéance</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <source>Searching carnets…</source>
        <translation>Recherche des carnets…</translation>
    </message>
    <message>
        <source>Counting carnets…</source>
        <translation>Comptage des carnets…</translation>
    </message>
    <message>
        <source>%1 or more carnets match (counting…)</source>
        <translation>%1 carnets ou plus correspondent (comptage…)</translation>
    </message>
    <message>
        <source>No carnet matches these filters.</source>
        <translation>Aucun carnet ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No carnets yet.</source>
        <translation>Aucun carnet pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 carnets match</source>
        <translation>%1 carnets correspondent</translation>
    </message>
    <message>
        <source>%1 carnets</source>
        <translation>%1 carnets</translation>
    </message>
</context>
<context>
    <name>CarnetsBehindDialog</name>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message numerus="yes">
        <source>%n carnet(s)</source>
        <translation>
            <numerusform>%n carnet</numerusform>
            <numerusform>%n carnets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Chart as a picture (PNG)…</source>
        <translation>Graphique en image (PNG)…</translation>
    </message>
    <message>
        <source>Chart as a PDF page…</source>
        <translation>Graphique en page PDF…</translation>
    </message>
    <message>
        <source>Figures as a spreadsheet (XLSX)…</source>
        <translation>Chiffres en tableur (XLSX)…</translation>
    </message>
    <message>
        <source>thousands %1</source>
        <translation>milliers %1</translation>
    </message>
    <message>
        <source>Nothing to show for this period and these filters.</source>
        <translation>Rien à afficher pour cette période et ces filtres.</translation>
    </message>
    <message>
        <source>Total of the bars: %1</source>
        <translation>Total des barres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total of all %2 bars: %1</source>
        <translation>Total des %2 barres&#xa0;: %1</translation>
    </message>
    <message>
        <source>the last %1 months shown</source>
        <translation>les %1 derniers mois affichés</translation>
    </message>
    <message>
        <source>the %1 largest of %2 shown</source>
        <translation>les %1 plus grands sur %2 affichés</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Enregistrer les chiffres</translation>
    </message>
</context>
<context>
    <name>CheckInReviewDialog</name>
    <message>
        <source>Check-in of a holder&apos;s record</source>
        <translation>Contrôle au retour du relevé du titulaire</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>What the record says</source>
        <translation>Ce que dit le relevé</translation>
    </message>
    <message numerus="yes">
        <source>Carnet %1: %Ln difference(s) between the holder&apos;s record and this desk&apos;s.</source>
        <translation>
            <numerusform>Carnet %1&#xa0;: %Ln différence entre le relevé du titulaire et celui de ce poste.</numerusform>
            <numerusform>Carnet %1&#xa0;: %Ln différences entre le relevé du titulaire et celui de ce poste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carnet %1: %2 difference(s) between the holder&apos;s record and this desk&apos;s.</source>
        <translation type="vanished">Carnet %1&#xa0;: %2 écart(s) entre le relevé du titulaire et celui de ce bureau.</translation>
    </message>
    <message>
        <source>Holder&apos;s key %1: I checked this fingerprint with the holder</source>
        <translation>Clé du titulaire %1&#xa0;: j&apos;ai vérifié cette empreinte avec le titulaire</translation>
    </message>
    <message>
        <source>Check the holder&apos;s key fingerprint with them and tick the box first.</source>
        <translation>Vérifiez d&apos;abord l&apos;empreinte de la clé avec le titulaire et cochez la case.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected.</source>
        <translation>%1 accepté(s), %2 refusé(s).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Import a general list — %1</source>
        <translation>Importer une liste générale — %1</translation>
    </message>
    <message>
        <source>Trade description *</source>
        <translation>Désignation commerciale *</translation>
    </message>
    <message>
        <source>Serial number / marks</source>
        <translation>N° de série / marques</translation>
    </message>
    <message>
        <source>Number of pieces</source>
        <translation>Nombre de pièces</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Value *</source>
        <translation>Valeur *</translation>
    </message>
    <message>
        <source>Country of origin *</source>
        <translation>Pays d&apos;origine *</translation>
    </message>
    <message>
        <source>Column names are in row</source>
        <translation>Noms des colonnes à la ligne</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Unité de poids</translation>
    </message>
    <message>
        <source>Remember this mapping for files with these column names</source>
        <translation>Retenir cette correspondance pour les fichiers ayant ces noms de colonnes</translation>
    </message>
    <message>
        <source>Lines as they will be imported, checked</source>
        <translation>Lignes telles qu&apos;elles seront importées, contrôlées</translation>
    </message>
    <message>
        <source>The file as it is</source>
        <translation>Le fichier tel quel</translation>
    </message>
    <message>
        <source>Import lines</source>
        <translation>Importer les lignes</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each part of the general list. Item numbers are not imported: lines are numbered 1..N in file order.</source>
        <translation>Choisissez la colonne du fichier qui contient chaque rubrique de la liste générale. Les numéros d&apos;ordre ne sont pas importés&#xa0;: les lignes sont numérotées 1..N dans l&apos;ordre du fichier.</translation>
    </message>
    <message>
        <source>Using the mapping you chose before for files with these column names.</source>
        <translation>Correspondance reprise de votre choix précédent pour les fichiers ayant ces noms de colonnes.</translation>
    </message>
    <message>
        <source>Columns recognised from their names; check them against the preview.</source>
        <translation>Colonnes reconnues d&apos;après leur nom&#x202f;; vérifiez-les sur l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The column names were not recognised: choose each column below.</source>
        <translation>Les noms des colonnes n&apos;ont pas été reconnus&#xa0;: choisissez chaque colonne ci-dessous.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for: %1</source>
        <translation>Choisissez la colonne du fichier pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines: %2 error(s), %3 warning(s).</source>
        <translation type="vanished">%1 lignes&#xa0;: %2 erreur(s), %3 avertissement(s).</translation>
    </message>
    <message>
        <source>Lines in error are imported too, marked in red, to be corrected in the list.</source>
        <translation>Les lignes en erreur sont importées aussi, marquées en rouge, pour être corrigées dans la liste.</translation>
    </message>
    <message>
        <source>No lines below the column names.</source>
        <translation>Aucune ligne sous les noms des colonnes.</translation>
    </message>
    <message>
        <source>trade description</source>
        <translation>désignation commerciale</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>pays d&apos;origine</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Filter by code, name, territory or notes</source>
        <translation>Filtrer par code, nom, territoire ou remarques</translation>
    </message>
    <message>
        <source>Country table</source>
        <translation>Table des pays</translation>
    </message>
    <message>
        <source>What each country accepts. Double-click a cell to change it; a row you edit is marked (blue) and later program releases leave it alone. Every change is recorded in the audit trail.</source>
        <translation>Ce que chaque pays accepte. Double-cliquez sur une cellule pour la modifier&#x202f;; une ligne modifiée est marquée (en bleu) et les versions ultérieures du programme n&apos;y touchent pas. Chaque modification est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation>%1 enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Carnet Desk. Nothing was saved by the action that failed. Please send the details below to your support contact.</source>
        <translation>Un problème est survenu dans Carnet Desk. L&apos;opération qui a échoué n&apos;a rien enregistré. Veuillez envoyer les détails ci-dessous à votre contact d&apos;assistance.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation type="vanished">Chargement des alertes…</translation>
    </message>
    <message>
        <source>Today is %1 · %2 deadlines within %3 days</source>
        <translation>Nous sommes le %1 · %2 échéances dans les %3 jours</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Deadlines or notices</source>
        <translation>Échéances ou avis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country (CH)</source>
        <translation>Pays (CH)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>One row per date to keep; activating a row opens its carnet.</source>
        <translation>Une ligne par date à tenir&#xa0;; activer une ligne ouvre son carnet.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous page of rows</source>
        <translation>Page de lignes précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next page of rows</source>
        <translation>Page de lignes suivante</translation>
    </message>
    <message>
        <source>Loading deadlines…</source>
        <translation>Chargement des échéances…</translation>
    </message>
    <message>
        <source>Every kind (%1)</source>
        <translation>Tous les types (%1)</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>Nothing matches these filters: clear them to see every deadline.</source>
        <translation>Aucune échéance ne correspond à ces filtres&#xa0;: effacez-les pour tout voir.</translation>
    </message>
    <message>
        <source>No notice within %1 days.</source>
        <translation>Aucun avis dans les %1 jours.</translation>
    </message>
    <message>
        <source>No deadline within %1 days: every carnet is on time.</source>
        <translation>Aucune échéance dans les %1 jours&#xa0;: tous les carnets sont à jour.</translation>
    </message>
</context>
<context>
    <name>DataFilePage</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Data file and backups</source>
        <translation>Fichier de données et sauvegardes</translation>
    </message>
    <message>
        <source>Everything is kept in this file. A backup is a consistent copy taken while the desk runs; the ten newest copies are kept.</source>
        <translation>Tout est conservé dans ce fichier. Une sauvegarde est une copie cohérente prise pendant que le programme tourne&#x202f;; les dix copies les plus récentes sont conservées.</translation>
    </message>
    <message>
        <source>Backup copies, newest first</source>
        <translation>Copies de sauvegarde, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>(server)</source>
        <translation>(serveur)</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFileWindow</name>
    <message>
        <source>Open a Carnet Desk database</source>
        <translation>Ouvrir une base de données Carnet Desk</translation>
    </message>
    <message>
        <source>Carnet Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Carnet Desk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create a Carnet Desk database</source>
        <translation>Créer une base de données Carnet Desk</translation>
    </message>
    <message>
        <source>Carnet Desk databases (*.sqlite3)</source>
        <translation>Bases de données Carnet Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 exists already: use Open.</source>
        <translation type="vanished">%1 existe déjà&#xa0;: utilisez Ouvrir.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore from a backup copy</source>
        <translation>Restaurer depuis une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in this database by the copy %1? The present content is kept as a backup copy first.</source>
        <translation>Remplacer tout le contenu de cette base par la copie %1&#xa0;? Le contenu actuel est d’abord conservé dans une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base restaurée</translation>
    </message>
    <message>
        <source>Restored. The previous content was kept as %1</source>
        <translation>Restauration faite. L’ancien contenu a été conservé sous %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>DeskPurposeDialog</name>
    <message>
        <source>Welcome to Carnet Desk</source>
        <translation>Bienvenue dans Carnet Desk</translation>
    </message>
    <message>
        <source>What will you use Carnet Desk for?</source>
        <translation>À quoi allez-vous utiliser Carnet Desk&#xa0;?</translation>
    </message>
    <message>
        <source>Issue carnets</source>
        <translation>Délivrer des carnets</translation>
    </message>
    <message>
        <source>For a chamber of commerce or an issuing association: applications, issue, customs stamps, claims. You set up the association next.</source>
        <translation>Pour une chambre de commerce ou une association émettrice&#xa0;: demandes, délivrance, visas de douane, réclamations. Vous configurez l’association ensuite.</translation>
    </message>
    <message>
        <source>Track my own carnets</source>
        <translation>Suivre mes propres carnets</translation>
    </message>
    <message>
        <source>For an exhibitor, a film crew or a company travelling with goods: the carnets you hold, their stamps and deadlines.</source>
        <translation>Pour un exposant, une équipe de tournage ou une entreprise qui voyage avec des marchandises&#xa0;: vos carnets, leurs visas et leurs échéances.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <source>Try everything on made-up carnets in a separate throwaway database, deleted when you quit. Your own data stays empty and this question comes back.</source>
        <translation>Essayez tout sur des carnets fictifs dans une base jetable séparée, supprimée à la fermeture. Vos propres données restent vides et cette question reviendra.</translation>
    </message>
    <message>
        <source>You can change these settings later in Tools › Settings.</source>
        <translation>Vous pourrez modifier ces réglages plus tard dans Outils › Paramètres.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Record stamp…</source>
        <translation>Enregistrer un visa…</translation>
    </message>
    <message>
        <source>Goods event…</source>
        <translation>Événement marchandises…</translation>
    </message>
    <message>
        <source>Add voucher sets…</source>
        <translation>Ajouter des jeux de volets…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Restitution…</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Apurer…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicata…</translation>
    </message>
    <message>
        <source>Replacement…</source>
        <translation>Remplacement…</translation>
    </message>
    <message>
        <source>Cancel carnet…</source>
        <translation>Annuler le carnet…</translation>
    </message>
    <message>
        <source>Open claim…</source>
        <translation>Ouvrir une réclamation…</translation>
    </message>
    <message>
        <source>Settle claim…</source>
        <translation>Régler la réclamation…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>This needs your confirmation:</source>
        <translation>Ceci demande votre confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Go ahead? The audit trail records that you confirmed it.</source>
        <translation>Continuer&#x202f;? Le journal d&apos;audit enregistre votre confirmation.</translation>
    </message>
    <message>
        <source>Stamp recorded on %1</source>
        <translation>Visa enregistré sur le carnet %1</translation>
    </message>
    <message>
        <source>Goods event recorded</source>
        <translation>Événement marchandises enregistré</translation>
    </message>
    <message>
        <source>Voucher sets added</source>
        <translation>Jeux de volets ajoutés</translation>
    </message>
    <message>
        <source>Irregularity resolved</source>
        <translation>Irrégularité régularisée</translation>
    </message>
    <message>
        <source>Carnet returned</source>
        <translation>Carnet restitué</translation>
    </message>
    <message>
        <source>Returned to the chamber on</source>
        <translation>Restitué à la chambre le</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Apurement</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation>Apuré le</translation>
    </message>
    <message>
        <source>Carnet discharged</source>
        <translation>Carnet apuré</translation>
    </message>
    <message>
        <source>Duplicate carnet</source>
        <translation>Duplicata du carnet</translation>
    </message>
    <message>
        <source>Duplicate issued on</source>
        <translation>Duplicata délivré le</translation>
    </message>
    <message>
        <source>Duplicate issued</source>
        <translation>Duplicata délivré</translation>
    </message>
    <message>
        <source>Replacement carnet issued</source>
        <translation>Carnet de remplacement délivré</translation>
    </message>
    <message>
        <source>Cancel carnet</source>
        <translation>Annuler le carnet</translation>
    </message>
    <message>
        <source>Cancel carnet %1? It has not been used; this cannot be undone.</source>
        <translation>Annuler le carnet %1&#x202f;? Il n&apos;a pas été utilisé&#x202f;; cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Carnet cancelled</source>
        <translation>Carnet annulé</translation>
    </message>
    <message>
        <source>Claim opened</source>
        <translation>Réclamation ouverte</translation>
    </message>
    <message>
        <source>Claim settled</source>
        <translation>Réclamation réglée</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>A draft is printed once it is issued.</source>
        <translation>Un brouillon s&apos;imprime une fois le carnet délivré.</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Préparation de %1…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>DraftPickerDialog</name>
    <message>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>Drafts saved from the issuing wizard, newest first.</source>
        <translation>Brouillons enregistrés depuis l&apos;assistant de délivrance, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Open a draft — no drafts saved</source>
        <translation>Ouvrir un brouillon — aucun brouillon enregistré</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop a PDF, PNG or JPEG of the page here</source>
        <translation>Déposez ici un PDF, PNG ou JPEG de la page</translation>
    </message>
</context>
<context>
    <name>EarlierCarnetDialog</name>
    <message>
        <source>New carnet from an earlier one</source>
        <translation>Nouveau carnet à partir d&apos;un carnet précédent</translation>
    </message>
    <message>
        <source>The new application copies the holder, box B, uses, itinerary and general list of the carnet you pick. Check every line: the goods may have changed.</source>
        <translation>La nouvelle demande reprend le titulaire, la case B, les utilisations, l&apos;itinéraire et la liste générale du carnet choisi. Vérifiez chaque ligne&#xa0;: les marchandises ont pu changer.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not possible</source>
        <translation>Opération impossible</translation>
    </message>
    <message>
        <source>Carnet Desk cannot use its data file.</source>
        <translation>Carnet Desk ne peut pas utiliser son fichier de données.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data file problem</source>
        <translation>Problème de fichier de données</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Drop scans or photos of stamped counterfoils and vouchers here, or any document (a customs letter, a bill of lading): PDF, PNG, JPEG or TIFF, 20 MB at most.</source>
        <translation>Déposez ici les scans ou photos des souches et volets visés, ou tout document (lettre des douanes, connaissement)&#xa0;: PDF, PNG, JPEG ou TIFF, 20 Mo au plus.</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>Joindre à</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Claim dossier…</source>
        <translation>Dossier de réclamation…</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>No evidence yet: add the stamped counterfoils as proof.</source>
        <translation>Aucune pièce pour l’instant&#xa0;: ajoutez les souches visées comme preuves.</translation>
    </message>
    <message>
        <source>The carnet</source>
        <translation>Le carnet</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept as evidence</source>
        <translation>
            <numerusform>%n fichier conservé comme pièce</numerusform>
            <numerusform>%n fichiers conservés comme pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Filling a demo database…</source>
        <translation>Préparation d’une base de démonstration…</translation>
    </message>
</context>
<context>
    <name>GeneralListEditor</name>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add heading row</source>
        <translation>Ajouter un intitulé</translation>
    </message>
    <message>
        <source>A group heading such as “CASE 1 – CAMERA KIT”, above the current line: printed on the general list, never numbered, offered as a case of the packing list (Ctrl+Shift+Return)</source>
        <translation>Un intitulé de groupe comme « CAISSE 1 – KIT CAMÉRA », au-dessus de la ligne courante&#xa0;: imprimé sur la liste générale, jamais numéroté, proposé comme colis de la liste de colisage (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>Coller depuis un tableur</translation>
    </message>
    <message>
        <source>Import CSV / XLSX…</source>
        <translation>Importer CSV / XLSX…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Unit of the weight column for the whole list</source>
        <translation>Unité de la colonne des poids pour toute la liste</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <source>Go to the next cell with a problem (F8)</source>
        <translation>Aller à la prochaine cellule à problème (F8)</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Unité de poids</translation>
    </message>
    <message>
        <source>Import a general list</source>
        <translation>Importer une liste générale</translation>
    </message>
    <message>
        <source>General lists (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Listes générales (*.csv *.xlsx *.xlsm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The list already has %1 lines. What should the %2 lines of %3 do?</source>
        <translation>La liste a déjà %1 lignes. Que faire des %2 lignes de %3&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>Remplacer la liste</translation>
    </message>
    <message>
        <source>Add after it</source>
        <translation>Les ajouter à la suite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln continuation sheet(s) when printed</source>
        <translation>
            <numerusform>%Ln feuille de continuation à l&apos;impression</numerusform>
            <numerusform>%Ln feuilles de continuation à l&apos;impression</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2. First: line %3, %4: %5</source>
        <translation>%1, %2. Première&#xa0;: ligne %3, %4&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) block issuing</source>
        <translation>
            <numerusform>%Ln erreur empêche la délivrance</numerusform>
            <numerusform>%Ln erreurs empêchent la délivrance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. First: line %2, %3: %4</source>
        <translation>%1. Premier&#xa0;: ligne %2, %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to check with the holder</source>
        <translation>
            <numerusform>%Ln avertissement à vérifier avec le titulaire</numerusform>
            <numerusform>%Ln avertissements à vérifier avec le titulaire</numerusform>
        </translation>
    </message>
    <message>
        <source>The list already has %1 lines. Replace them with the %2 lines of %3?

Yes replaces them; No adds the new lines after them.</source>
        <translation type="vanished">La liste compte déjà %1 lignes. Les remplacer par les %2 lignes de %3&#x202f;?

Oui les remplace&#x202f;; Non ajoute les nouvelles lignes à la suite.</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 pieces</source>
        <translation>%1 pièces</translation>
    </message>
    <message>
        <source>fits on the cover</source>
        <translation>tient sur la feuille de couverture</translation>
    </message>
    <message>
        <source>%1 continuation sheet(s) when printed</source>
        <translation type="vanished">%1 feuille(s) de continuation à l&apos;impression</translation>
    </message>
    <message>
        <source>Totals: </source>
        <translation>Totaux&#xa0;: </translation>
    </message>
    <message>
        <source>%1 error(s) block issuing, %2 warning(s). First: line %3, %4: %5</source>
        <translation type="vanished">%1 erreur(s) empêchent la délivrance, %2 avertissement(s). Première&#xa0;: ligne %3, %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 warning(s) to check with the holder. First: line %2, %3: %4</source>
        <translation type="vanished">%1 avertissement(s) à vérifier avec le titulaire. Premier&#xa0;: ligne %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Every line passes the carnet checks.</source>
        <translation>Toutes les lignes passent les contrôles du carnet.</translation>
    </message>
</context>
<context>
    <name>GoodsEventDialog</name>
    <message>
        <source>Goods event</source>
        <translation>Événement marchandises</translation>
    </message>
    <message>
        <source>Goods sold with duty paid, destroyed, stolen or seized abroad: no voucher is used; keep the customs document.</source>
        <translation>Marchandises vendues droits acquittés, détruites, volées ou saisies à l&apos;étranger&#xa0;: aucun volet n&apos;est utilisé&#x202f;; conservez le document douanier.</translation>
    </message>
    <message>
        <source>e.g. 1-3,5:2 (item 5, two pieces)</source>
        <translation>ex. 1-3,5:2 (article 5, deux pièces)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document douanier</translation>
    </message>
    <message>
        <source>Choose the country where it happened.</source>
        <translation>Choisissez le pays où cela s&apos;est produit.</translation>
    </message>
    <message>
        <source>Say which items (for example 1-3,5:2).</source>
        <translation>Indiquez quels articles (par exemple 1-3,5:2).</translation>
    </message>
</context>
<context>
    <name>GoodsPage</name>
    <message>
        <source>General list</source>
        <translation>Liste générale</translation>
    </message>
    <message>
        <source>Type, paste from a spreadsheet or import the list. Cells in red must be corrected before issuing; cells in amber should be checked with the holder.</source>
        <translation>Saisissez, collez depuis un tableur ou importez la liste. Les cellules en rouge doivent être corrigées avant la délivrance&#x202f;; celles en orange sont à vérifier avec le titulaire.</translation>
    </message>
</context>
<context>
    <name>GoodsTab</name>
    <message>
        <source>Draft: the general list can still be changed in the issuing wizard.</source>
        <translation>Brouillon&#xa0;: la liste générale peut encore être modifiée dans l&apos;assistant de délivrance.</translation>
    </message>
    <message>
        <source>Read-only: the general list cannot change once the carnet is issued.</source>
        <translation>Lecture seule&#xa0;: la liste générale ne peut plus changer une fois le carnet délivré.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Application saved</source>
        <translation type="vanished">Demande enregistrée</translation>
    </message>
    <message>
        <source>Carnet issued</source>
        <translation type="vanished">Carnet délivré</translation>
    </message>
    <message>
        <source>Voucher sets added</source>
        <translation type="vanished">Jeux de volets ajoutés</translation>
    </message>
    <message>
        <source>Carnet returned</source>
        <translation type="vanished">Carnet restitué</translation>
    </message>
    <message>
        <source>Carnet discharged</source>
        <translation type="vanished">Carnet apuré</translation>
    </message>
    <message>
        <source>Carnet cancelled</source>
        <translation type="vanished">Carnet annulé</translation>
    </message>
    <message>
        <source>Duplicate issued</source>
        <translation type="vanished">Duplicata délivré</translation>
    </message>
    <message>
        <source>Replacement carnet issued</source>
        <translation type="vanished">Carnet de remplacement délivré</translation>
    </message>
    <message>
        <source>General list imported</source>
        <translation type="vanished">Liste générale importée</translation>
    </message>
    <message>
        <source>Claim opened</source>
        <translation type="vanished">Réclamation ouverte</translation>
    </message>
    <message>
        <source>Claim settled</source>
        <translation type="vanished">Réclamation réglée</translation>
    </message>
    <message>
        <source>Irregularity resolved</source>
        <translation type="vanished">Irrégularité résolue</translation>
    </message>
    <message>
        <source>Association set up</source>
        <translation type="vanished">Association configurée</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="vanished">Réglage modifié</translation>
    </message>
    <message>
        <source>Data imported</source>
        <translation type="vanished">Données importées</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation type="vanished">Données de démonstration ajoutées</translation>
    </message>
    <message>
        <source>Stamp: %1</source>
        <translation type="vanished">Visa&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goods: %1</source>
        <translation type="vanished">Marchandises&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HolderActions</name>
    <message>
        <source>Re&amp;gister a carnet issued elsewhere…</source>
        <translation>En&amp;registrer un carnet délivré ailleurs…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a carnet file…</source>
        <translation>Rece&amp;voir un fichier de carnet…</translation>
    </message>
    <message>
        <source>Chec&amp;k in a holder&apos;s record…</source>
        <translation>Contrôler le relevé d&apos;un &amp;titulaire…</translation>
    </message>
    <message>
        <source>Send the signed carnet &amp;file…</source>
        <translation>Envoyer le &amp;fichier de carnet signé…</translation>
    </message>
    <message>
        <source>Send my record to the &amp;chamber…</source>
        <translation>Envoyer mon relevé à la &amp;chambre…</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;key…</source>
        <translation>&amp;Clé de ce bureau…</translation>
    </message>
    <message>
        <source>Signed carnet file</source>
        <translation>Fichier de carnet signé</translation>
    </message>
    <message>
        <source>Carnet files (*.json)</source>
        <translation>Fichiers de carnet (*.json)</translation>
    </message>
    <message>
        <source>A new chamber&apos;s key</source>
        <translation>Clé d&apos;une nouvelle chambre</translation>
    </message>
    <message>
        <source>This carnet is signed by key %1, which this desk has never seen.

Call the issuing chamber and compare the fingerprint. Is it theirs?</source>
        <translation>Ce carnet est signé par la clé %1, que ce bureau n&apos;a jamais vue.

Appelez la chambre émettrice et comparez l&apos;empreinte. Est-ce la sienne&#xa0;?</translation>
    </message>
    <message>
        <source>Carnet file refused</source>
        <translation>Fichier de carnet refusé</translation>
    </message>
    <message>
        <source>Holder&apos;s record</source>
        <translation>Relevé du titulaire</translation>
    </message>
    <message>
        <source>Record files (*.json)</source>
        <translation>Fichiers de relevé (*.json)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Open the carnet to send first.</source>
        <translation>Ouvrez d&apos;abord le carnet à envoyer.</translation>
    </message>
    <message>
        <source>Save the signed file</source>
        <translation>Enregistrer le fichier signé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>This desk&apos;s key</source>
        <translation>Clé de ce bureau</translation>
    </message>
    <message>
        <source>Fingerprint: %1

Read it out to the other desk when they receive your first file, or send them the exported key.</source>
        <translation>Empreinte&#xa0;: %1

Lisez-la à l&apos;autre bureau quand il reçoit votre premier fichier, ou envoyez-lui la clé exportée.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
</context>
<context>
    <name>HolderPage</name>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Who holds the carnet (box A) and who may carry or use the goods for them (box B).</source>
        <translation>Qui est titulaire du carnet (case A) et qui peut transporter ou utiliser les marchandises pour son compte (case B).</translation>
    </message>
    <message>
        <source>Type part of a name to find a holder already known</source>
        <translation>Tapez une partie d&apos;un nom pour retrouver un titulaire connu</translation>
    </message>
    <message>
        <source>Company or person, as on the holder&apos;s papers</source>
        <translation>Société ou personne, comme sur les papiers du titulaire</translation>
    </message>
    <message>
        <source>Street, postcode and town</source>
        <translation>Rue, code postal et ville</translation>
    </message>
    <message>
        <source>Member of the chamber (member fees)</source>
        <translation>Membre de la chambre (tarif adhérent)</translation>
    </message>
    <message>
        <source>The holder is a private person, not a company</source>
        <translation>Le titulaire est un particulier, pas une société</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>Holder name *</source>
        <translation>Nom du titulaire *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Representatives (box B)</source>
        <translation>Représentants (case B)</translation>
    </message>
    <message>
        <source>Anyone not named in box B needs a written authorisation signed by the holder to present the carnet at customs.</source>
        <translation>Toute personne non désignée en case B doit présenter en douane une autorisation écrite signée par le titulaire.</translation>
    </message>
    <message>
        <source>Find a holder</source>
        <translation>Rechercher un titulaire</translation>
    </message>
    <message>
        <source>Holder (box A)</source>
        <translation>Titulaire (case A)</translation>
    </message>
    <message>
        <source>(%1 carnets)</source>
        <translation>(%1 carnets)</translation>
    </message>
    <message>
        <source>No holder found: fill in a new holder below.</source>
        <translation>Aucun titulaire trouvé&#xa0;: saisissez un nouveau titulaire ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Issuing</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Digital (eATA)</source>
        <translation>Numérique (eATA)</translation>
    </message>
    <message>
        <source>Both: paper and digital</source>
        <translation>Les deux&#xa0;: papier et numérique</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Dépôt en espèces</translation>
    </message>
    <message>
        <source>Bank guarantee</source>
        <translation>Garantie bancaire</translation>
    </message>
    <message>
        <source>Insurance bond</source>
        <translation>Caution d&apos;assurance</translation>
    </message>
    <message>
        <source>Indemnity scheme</source>
        <translation>Régime d&apos;indemnisation</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>ATA status</source>
        <translation>Statut ATA</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Envois fractionnés</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Envois postaux</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Stay (months)</source>
        <translation>Séjour (mois)</translation>
    </message>
    <message>
        <source>eATA from</source>
        <translation>eATA depuis le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>IssuingActions</name>
    <message>
        <source>&amp;New carnet…</source>
        <translation>&amp;Nouveau carnet…</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>Ouvrir un &amp;brouillon…</translation>
    </message>
    <message>
        <source>New carnet from an &amp;earlier one…</source>
        <translation>Nouveau carnet à partir d&apos;un carnet &amp;précédent…</translation>
    </message>
    <message>
        <source>&amp;Trip planner…</source>
        <translation>&amp;Préparation de voyage…</translation>
    </message>
    <message>
        <source>&amp;Packing list…</source>
        <translation>&amp;Liste de colisage…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Délivrance</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>no holder yet</source>
        <translation>pas encore de titulaire</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer un travail non enregistré</translation>
    </message>
    <message>
        <source>Carnet Desk stopped while a carnet application was being typed (%1, %2 lines, last copied on %3 at %4). Reopen it?</source>
        <translation>Carnet Desk s’est arrêté pendant la saisie d’une demande de carnet (%1, %2 lignes, dernière copie le %3 à %4). La rouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Me le redemander plus tard</translation>
    </message>
    <message>
        <source>Set up the issuing association first</source>
        <translation type="vanished">Configurez d&apos;abord l&apos;association émettrice</translation>
    </message>
    <message>
        <source>%1

Open Tools &gt; Settings &gt; Association.</source>
        <translation type="vanished">%1

Ouvrez Outils &gt; Paramètres &gt; Association.</translation>
    </message>
</context>
<context>
    <name>IssuingWizard</name>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Issue carnet</source>
        <translation>Délivrer le carnet</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Draft changed elsewhere</source>
        <translation>Brouillon modifié ailleurs</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Draft %1 saved at %2.</source>
        <translation>Brouillon %1 enregistré à %2.</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Non délivré</translation>
    </message>
    <message>
        <source>Carnet issued</source>
        <translation>Carnet délivré</translation>
    </message>
    <message>
        <source>Carnet %1 is issued, valid until %2.

Voucher sets: %3
Security: %4
Fees: %5</source>
        <translation>Le carnet %1 est délivré, valable jusqu&apos;au %2.

Jeux de volets&#xa0;: %3
Garantie&#xa0;: %4
Frais&#xa0;: %5</translation>
    </message>
    <message>
        <source>This carnet application has changes that are not saved.</source>
        <translation>Cette demande de carnet a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>New carnet — %1</source>
        <translation>Nouveau carnet — %1</translation>
    </message>
    <message>
        <source>Draft %1 — %2</source>
        <translation>Brouillon %1 — %2</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Brouillon %1</translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Every country visited and every country crossed in transit. The country rules are checked as you pick them.</source>
        <translation>Chaque pays visité et chaque pays traversé en transit. Les règles de chaque pays sont vérifiées à mesure que vous les choisissez.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Visit or transit</source>
        <translation>Séjour ou transit</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>Country rules</source>
        <translation>Règles du pays</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ajouter une destination</translation>
    </message>
    <message>
        <source>Add transit country</source>
        <translation>Ajouter un pays de transit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Each trip out of and back into the home territory uses one yellow set</source>
        <translation>Chaque sortie du territoire d&apos;origine suivie d&apos;un retour utilise un jeu de volets jaunes</translation>
    </message>
    <message>
        <source>Trips out and back home</source>
        <translation>Allers-retours depuis le pays d&apos;origine</translation>
    </message>
    <message>
        <source>Carnet format</source>
        <translation>Format du carnet</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Choisissez un pays…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Choose the country</source>
        <translation>Choisissez le pays</translation>
    </message>
    <message>
        <source>Refused: </source>
        <translation>Refusé&#xa0;: </translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>À vérifier&#xa0;: </translation>
    </message>
    <message>
        <source>Accepted for these uses</source>
        <translation>Accepté pour ces utilisations</translation>
    </message>
    <message>
        <source>Needed: </source>
        <translation>Requis&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of menus, screens and messages. Dates and amounts follow your system&apos;s conventions in that language. The printed forms stay bilingual English and French.</source>
        <translation>La langue des menus, des écrans et des messages. Les dates et les montants suivent les conventions de votre système dans cette langue. Les formulaires imprimés restent bilingues anglais et français.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved: Carnet Desk speaks %1 from its next start.</source>
        <translation>Enregistré&#xa0;: Carnet Desk passera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ListEmptyState</name>
    <message>
        <source>No carnet matches these filters. Clear them to see every carnet.</source>
        <translation>Aucun carnet ne correspond à ces filtres. Effacez-les pour voir tous les carnets.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No carnets in this database yet. Start the first carnet application, or open the database file that holds your carnets.</source>
        <translation>Aucun carnet dans cette base pour l’instant. Commencez la première demande de carnet, ou ouvrez le fichier de base qui contient vos carnets.</translation>
    </message>
    <message>
        <source>New carnet…</source>
        <translation>Nouveau carnet…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Ouvrir une base…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Carnets</source>
        <translation>Carnets</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Pilotage</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Demo data: made-up carnets in a throwaway database, deleted when you quit.</source>
        <translation>Démonstration&#xa0;: carnets fictifs dans une base jetable, supprimée à la fermeture.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Verify a printed carnet…</source>
        <translation>&amp;Vérifier un carnet imprimé…</translation>
    </message>
    <message>
        <source>&amp;Carnet</source>
        <translation>&amp;Carnet</translation>
    </message>
    <message>
        <source>&amp;Find carnet</source>
        <translation>&amp;Rechercher un carnet</translation>
    </message>
    <message>
        <source>&amp;Record stamp…</source>
        <translation>&amp;Enregistrer un visa…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Carnets</source>
        <translation>&amp;Carnets</translation>
    </message>
    <message>
        <source>Carnet &amp;detail</source>
        <translation>&amp;Détail du carnet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Carnet Desk</source>
        <translation>À &amp;propos de Carnet Desk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 — DEMO DATA</source>
        <translation>%1 — DONNÉES DE DÉMONSTRATION</translation>
    </message>
    <message>
        <source>Daily backup written</source>
        <translation>Sauvegarde du jour effectuée</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Construction de l&apos;index de recherche…</translation>
    </message>
    <message>
        <source>Open a carnet first.</source>
        <translation>Ouvrez d&apos;abord un carnet.</translation>
    </message>
    <message>
        <source>Open a Carnet Desk database</source>
        <translation type="vanished">Ouvrir une base de données Carnet Desk</translation>
    </message>
    <message>
        <source>Carnet Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="vanished">Bases de données Carnet Desk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create a Carnet Desk database</source>
        <translation type="vanished">Créer une base de données Carnet Desk</translation>
    </message>
    <message>
        <source>Carnet Desk databases (*.sqlite3)</source>
        <translation type="vanished">Bases de données Carnet Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 exists already: use Open.</source>
        <translation type="vanished">%1 existe déjà&#xa0;: utilisez Ouvrir.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="vanished">Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="vanished">Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore from a backup copy</source>
        <translation type="vanished">Restaurer depuis une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="vanished">Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in this database by the copy %1? The present content is kept as a backup copy first.</source>
        <translation type="vanished">Remplacer tout le contenu de cette base par la copie %1&#xa0;? Le contenu actuel est d’abord conservé dans une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="vanished">Restauration…</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation type="vanished">Base restaurée</translation>
    </message>
    <message>
        <source>Restored. The previous content was kept as %1</source>
        <translation type="vanished">Restauration faite. L’ancien contenu a été conservé sous %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="vanished">Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="vanished">Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Fichier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Carnet Desk</source>
        <translation>À propos de Carnet Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet Desk %1&lt;/h3&gt;&lt;p&gt;Follow ATA carnets through their whole life: issue, customs stamps, deadlines, return, discharge and claims.&lt;/p&gt;&lt;p&gt;Data file: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet Desk %1&lt;/h3&gt;&lt;p&gt;Suivre les carnets ATA tout au long de leur vie&#xa0;: délivrance, visas douaniers, échéances, restitution, apurement et réclamations.&lt;/p&gt;&lt;p&gt;Fichier de données&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <source>Security held by destination</source>
        <translation>Garanties détenues par destination</translation>
    </message>
    <message>
        <source>Security held by month of issue</source>
        <translation>Garanties détenues par mois de délivrance</translation>
    </message>
    <message>
        <source>Security falling due for release</source>
        <translation>Garanties libérables par échéance</translation>
    </message>
    <message>
        <source>Carnets issued per month, by use</source>
        <translation>Carnets délivrés par mois, par utilisation</translation>
    </message>
    <message>
        <source>Goods abroad now, by country</source>
        <translation>Marchandises à l’étranger, par pays</translation>
    </message>
    <message>
        <source>Vouchers used per month</source>
        <translation>Volets utilisés par mois</translation>
    </message>
    <message>
        <source>Open claims by country</source>
        <translation>Réclamations en cours par pays</translation>
    </message>
    <message>
        <source>Open claims by proof deadline</source>
        <translation>Réclamations en cours par date limite de preuve</translation>
    </message>
    <message>
        <source>Claims paid per month</source>
        <translation>Réclamations payées par mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>3 dernières années</translation>
    </message>
    <message>
        <source>All carnets</source>
        <translation>Tous les carnets</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Pilotage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Toutes destinations</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>All uses</source>
        <translation>Toutes utilisations</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <source>%1 carnets guaranteed · security held: %2 · click a bar for its carnets</source>
        <translation>%1 carnets garantis · garanties détenues&#xa0;: %2 · cliquez sur une barre pour ses carnets</translation>
    </message>
    <message>
        <source>Finding the carnets…</source>
        <translation>Recherche des carnets…</translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <source>Item</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>OpenClaimDialog</name>
    <message>
        <source>Open a claim</source>
        <translation>Ouvrir une réclamation</translation>
    </message>
    <message>
        <source>amount in %1, e.g. 1250.00</source>
        <translation>montant en %1, ex. 1250.00</translation>
    </message>
    <message>
        <source>Claiming country</source>
        <translation>Pays réclamant</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Montant réclamé</translation>
    </message>
    <message>
        <source>Choose the claiming country.</source>
        <translation>Choisissez le pays réclamant.</translation>
    </message>
    <message>
        <source>The amount must be a positive number such as 1250.00.</source>
        <translation>Le montant doit être un nombre positif, par exemple 1250.00.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Numéro</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="vanished">Titulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Statut</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="vanished">Valable jusqu’au</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Valeur</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>transit</source>
        <translation>transit</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>séjour</translation>
    </message>
</context>
<context>
    <name>PackingListDialog</name>
    <message>
        <source>Packing list</source>
        <translation>Liste de colisage</translation>
    </message>
    <message>
        <source>Case name, e.g. Case 1</source>
        <translation>Nom du colis, ex. Caisse 1</translation>
    </message>
    <message>
        <source>Put the selected items in this case</source>
        <translation>Mettre les articles sélectionnés dans ce colis</translation>
    </message>
    <message>
        <source>Next case name</source>
        <translation>Nom du colis suivant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Select lines, type a case name and put them in it (or type the case in the first column). Mark each case with its name and the item numbers.</source>
        <translation>Sélectionnez des lignes, tapez un nom de colis et mettez-les dedans (ou tapez le colis dans la première colonne). Marquez chaque colis de son nom et des numéros d&apos;ordre.</translation>
    </message>
    <message>
        <source>The cases of this packing list are not saved.</source>
        <translation>Les colis de cette liste de colisage ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Cases proposed from the general list&apos;s headings: change them if need be, then save to keep them.</source>
        <translation>Colis proposés d’après les intitulés de la liste générale&#xa0;: modifiez-les au besoin, puis enregistrez pour les garder.</translation>
    </message>
    <message>
        <source>(not packed yet)</source>
        <translation>(pas encore emballé)</translation>
    </message>
    <message>
        <source>Select the lines to put in the case first.</source>
        <translation>Sélectionnez d&apos;abord les lignes à mettre dans le colis.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) in “%1”.</source>
        <translation>
            <numerusform>%Ln ligne dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln lignes dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s) in “%2”.</source>
        <translation type="vanished">%1 ligne(s) dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Colis %1</translation>
    </message>
    <message>
        <source>Packing list saved.</source>
        <translation>Liste de colisage enregistrée.</translation>
    </message>
    <message>
        <source>Export the packing list</source>
        <translation>Exporter la liste de colisage</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>Packing list — %1</source>
        <translation>Liste de colisage — %1</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>Move</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listées</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>Home</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Sorties du régime</translation>
    </message>
    <message>
        <source>Transit %1</source>
        <translation>Transit %1</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Two-sided printing (adds blank pages so each form starts on a front)</source>
        <translation>Impression recto verso (ajoute des pages blanches pour que chaque formulaire commence sur un recto)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation type="vanished">%1 page(s)</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Ce PDF ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>L&apos;impression a échoué</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L&apos;exportation a échoué</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Compute from the measurements</source>
        <translation>Calculer à partir des mesures</translation>
    </message>
    <message>
        <source>Print the calibration sheet…</source>
        <translation>Imprimer la feuille d&apos;étalonnage…</translation>
    </message>
    <message>
        <source>Save calibration</source>
        <translation>Enregistrer l&apos;étalonnage</translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation>Décaler à droite de</translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation>Décaler vers le bas de</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Crosshair A printed at x</source>
        <translation>Mire A imprimée à x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Crosshair B printed at x</source>
        <translation>Mire B imprimée à x</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>Étalonnage de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Overlay printing puts the data on the official pre-printed forms. Print the calibration sheet on plain A4 at actual size, measure where crosshairs A and B came out (mm from the top-left corner of the paper), and compute.</source>
        <translation>L&apos;impression en surimpression place les données sur les formulaires officiels préimprimés. Imprimez la feuille d&apos;étalonnage sur du A4 ordinaire en taille réelle, mesurez la position des mires A et B (en mm depuis le coin supérieur gauche de la feuille), puis calculez.</translation>
    </message>
    <message>
        <source>Measured on the sheet</source>
        <translation>Mesuré sur la feuille</translation>
    </message>
    <message>
        <source>Correction applied to overlay printing</source>
        <translation>Correction appliquée à la surimpression</translation>
    </message>
    <message>
        <source>Computed: check the values and save.</source>
        <translation>Calculé&#xa0;: vérifiez les valeurs et enregistrez.</translation>
    </message>
    <message>
        <source>Saved: overlay printing uses this correction.</source>
        <translation>Enregistré&#xa0;: la surimpression utilise cette correction.</translation>
    </message>
    <message>
        <source>Preparing the calibration sheet…</source>
        <translation>Préparation de la feuille d&apos;étalonnage…</translation>
    </message>
    <message>
        <source>Printer calibration sheet</source>
        <translation>Feuille d&apos;étalonnage de l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Voucher sets, security and fees for this application, from the active schedule.</source>
        <translation>Jeux de volets, garantie et frais pour cette demande, d&apos;après le barème en vigueur.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Form of security</source>
        <translation>Forme de la garantie</translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <source>Voucher plan</source>
        <translation>Plan des volets</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Voucher sets</source>
        <translation>Jeux de volets</translation>
    </message>
    <message>
        <source>Carnet format</source>
        <translation>Format du carnet</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>No quote yet: %1</source>
        <translation>Pas encore de devis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused — the carnet cannot be issued like this:</source>
        <translation>Refusé — le carnet ne peut pas être délivré ainsi&#xa0;:</translation>
    </message>
    <message>
        <source>To tell the holder:</source>
        <translation>À signaler au titulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Sets to issue — </source>
        <translation>Jeux à délivrer — </translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total fees: %1</source>
        <translation>Total des frais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quoted on %1 with the schedule “%2”.</source>
        <translation>Devis établi le %1 selon le barème «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>transit</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>séjour</translation>
    </message>
</context>
<context>
    <name>RegisterCarnetDialog</name>
    <message>
        <source>Register a carnet issued elsewhere</source>
        <translation>Enregistrer un carnet délivré ailleurs</translation>
    </message>
    <message>
        <source>From the green cover</source>
        <translation>D&apos;après la couverture verte</translation>
    </message>
    <message>
        <source>exactly as printed, e.g. US 123456</source>
        <translation>tel qu&apos;imprimé, p. ex. US 123456</translation>
    </message>
    <message>
        <source>issuing association, e.g. USCIB</source>
        <translation>association émettrice, p. ex. USCIB</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>countries listed, e.g. FR, CH</source>
        <translation>pays indiqués, p. ex. FR, CH</translation>
    </message>
    <message>
        <source>countries crossed in transit, if any</source>
        <translation>pays traversés en transit, s&apos;il y en a</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>si connue</translation>
    </message>
    <message>
        <source>Carnet number</source>
        <translation>Numéro du carnet</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Holder&apos;s address</source>
        <translation>Adresse du titulaire</translation>
    </message>
    <message>
        <source>Holder&apos;s country</source>
        <translation>Pays du titulaire</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Transits</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Replacement carnet: its goods are already abroad</source>
        <translation>Carnet de remplacement&#xa0;: marchandises déjà à l&apos;étranger</translation>
    </message>
    <message>
        <source>A replacement carnet takes over goods staying in one country: name that country alone under Countries; the goods start there, ready to be re-exported.</source>
        <translation>Un carnet de remplacement reprend les marchandises restées dans un seul pays&#xa0;: indiquez ce seul pays sous Pays&#xa0;; les marchandises y sont dès le départ, prêtes à être réexportées.</translation>
    </message>
    <message>
        <source>Voucher sheets in the booklet</source>
        <translation>Feuillets de volets dans le carnet</translation>
    </message>
    <message>
        <source>Yellow (exportation / re-importation)</source>
        <translation>Jaune (exportation / réimportation)</translation>
    </message>
    <message>
        <source>White (importation / re-exportation)</source>
        <translation>Blanc (importation / réexportation)</translation>
    </message>
    <message>
        <source>Blue (transit)</source>
        <translation>Bleu (transit)</translation>
    </message>
    <message>
        <source>Yellow counterfoils only, no vouchers (US)</source>
        <translation>Souches jaunes seules, sans volets (US)</translation>
    </message>
    <message>
        <source>General list</source>
        <translation>Liste générale</translation>
    </message>
    <message>
        <source>Paste it from a spreadsheet (header row first) or import a file.</source>
        <translation>Collez-la depuis un tableur (ligne d&apos;en-tête d&apos;abord) ou importez un fichier.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Import CSV or XLSX…</source>
        <translation>Importer un CSV ou XLSX…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tableaux (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s), %2 error(s), %3 warning(s)</source>
        <translation type="vanished">%1 ligne(s), %2 erreur(s), %3 avertissement(s)</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replacement carnet</source>
        <translation>Carnet de remplacement</translation>
    </message>
    <message>
        <source>A replacement carnet takes over the goods still in one country that accepts replacements; it gets a new number.</source>
        <translation>Un carnet de remplacement reprend les marchandises encore présentes dans un pays qui accepte le remplacement&#x202f;; il reçoit un nouveau numéro.</translation>
    </message>
    <message>
        <source>Goods in country</source>
        <translation>Marchandises dans le pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choose the country.</source>
        <translation>Choisissez le pays.</translation>
    </message>
</context>
<context>
    <name>ResolveIrregularityDialog</name>
    <message>
        <source>Resolve an irregularity</source>
        <translation>Régulariser une irrégularité</translation>
    </message>
    <message>
        <source>Say how it was put right: a stamp found on a counterfoil, a certificate of location, customs&apos; confirmation. The note stays in the carnet&apos;s history.</source>
        <translation>Indiquez comment elle a été régularisée&#xa0;: visa retrouvé sur une souche, attestation de localisation, confirmation de la douane. La note reste dans l&apos;historique du carnet.</translation>
    </message>
    <message>
        <source>e.g. export stamp found on the green cover</source>
        <translation>ex. visa d&apos;exportation retrouvé sur la couverture verte</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irrégularité</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Comment elle a été régularisée</translation>
    </message>
    <message>
        <source>There is no open irregularity.</source>
        <translation>Il n&apos;y a aucune irrégularité en cours.</translation>
    </message>
    <message>
        <source>Say how the irregularity was resolved.</source>
        <translation>Indiquez comment l&apos;irrégularité a été régularisée.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and issue</source>
        <translation>Vérification et délivrance</translation>
    </message>
    <message>
        <source>Read it back to the holder. Once issued, no item may be added to the list.</source>
        <translation>Relisez-le avec le titulaire. Une fois le carnet délivré, aucun article ne peut être ajouté à la liste.</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>Checking the printed forms…</source>
        <translation>Vérification des formulaires imprimés…</translation>
    </message>
    <message>
        <source>Cannot be issued yet:</source>
        <translation>Ne peut pas encore être délivré&#xa0;:</translation>
    </message>
    <message>
        <source>Ready to issue, but some text is too long for its box and will print on an annex page:</source>
        <translation>Prêt à être délivré, mais un texte est trop long pour sa case et sera imprimé sur une page d&apos;annexe&#xa0;:</translation>
    </message>
    <message>
        <source>Ready to issue. The carnet number is given when you press Issue carnet; the general list is locked from then on.</source>
        <translation>Prêt à délivrer. Le numéro du carnet est attribué quand vous cliquez sur Délivrer le carnet&#x202f;; la liste générale est alors verrouillée.</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedule</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Mettre en vigueur</translation>
    </message>
    <message>
        <source>Import TOML / JSON…</source>
        <translation>Importer TOML / JSON…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Enregistrer le barème</translation>
    </message>
    <message>
        <source>Save and make active</source>
        <translation>Enregistrer et mettre en vigueur</translation>
    </message>
    <message>
        <source>The selected schedule as text (JSON). Amounts are written as text (&quot;40&quot;, &quot;235.00&quot;) so they stay exact. It is checked as you type.</source>
        <translation>Le barème sélectionné sous forme de texte (JSON). Les montants s&apos;écrivent en texte (&quot;40&quot;, &quot;235.00&quot;) pour rester exacts. Il est vérifié au fil de la saisie.</translation>
    </message>
    <message>
        <source>Security and fee schedules</source>
        <translation>Barèmes de garantie et de frais</translation>
    </message>
    <message>
        <source>Quotes and new carnets use the active schedule; older carnets keep theirs.</source>
        <translation>Les devis et les nouveaux carnets utilisent le barème en vigueur&#x202f;; les carnets plus anciens gardent le leur.</translation>
    </message>
    <message>
        <source>  (example)</source>
        <translation>  (exemple)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid: “%1”, %2, security by %3.</source>
        <translation>Valide&#xa0;: «&#xa0;%1&#xa0;», %2, garantie selon %3.</translation>
    </message>
    <message>
        <source>Schedule “%1” saved.</source>
        <translation>Barème «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>“%1” is the active schedule: the next quote uses it.</source>
        <translation>«&#xa0;%1&#xa0;» est le barème en vigueur&#xa0;: le prochain devis l&apos;utilisera.</translation>
    </message>
    <message>
        <source>Import schedules</source>
        <translation>Importer des barèmes</translation>
    </message>
    <message>
        <source>Schedules (*.toml *.json)</source>
        <translation>Barèmes (*.toml *.json)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export schedules</source>
        <translation>Exporter les barèmes</translation>
    </message>
    <message>
        <source>TOML (*.toml);;JSON (*.json)</source>
        <translation>TOML (*.toml);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln schedule(s) written to %1</source>
        <translation>
            <numerusform>%Ln barème écrit dans %1</numerusform>
            <numerusform>%Ln barèmes écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 schedule(s) written to %2</source>
        <translation type="vanished">%1 barème(s) écrit(s) dans %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Carnet Desk</source>
        <translation>Paramètres — Carnet Desk</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Country table</source>
        <translation>Table des pays</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Barèmes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Data file and backups</source>
        <translation>Fichier de données et sauvegardes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Changes not saved on: %1.</source>
        <translation>Modifications non enregistrées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SettleClaimDialog</name>
    <message>
        <source>Settle a claim</source>
        <translation>Régler une réclamation</translation>
    </message>
    <message>
        <source>Claim %1 from %2, proof due %3</source>
        <translation>Réclamation %1 de %2, preuve attendue le %3</translation>
    </message>
    <message>
        <source>Proof furnished</source>
        <translation>Preuve fournie</translation>
    </message>
    <message>
        <source>Duties paid</source>
        <translation>Droits payés</translation>
    </message>
    <message>
        <source>e.g. re-exportation counterfoil stamped</source>
        <translation>ex. souche de réexportation visée</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>There is no open claim.</source>
        <translation>Il n&apos;y a aucune réclamation en cours.</translation>
    </message>
    <message>
        <source>Describe the proof furnished.</source>
        <translation>Décrivez la preuve fournie.</translation>
    </message>
    <message>
        <source>The amount paid must be a positive number such as 1250.00.</source>
        <translation>Le montant payé doit être un nombre positif, par exemple 1250.00.</translation>
    </message>
</context>
<context>
    <name>StampDialog</name>
    <message>
        <source>Record a customs stamp — %1</source>
        <translation>Enregistrer un visa douanier — %1</translation>
    </message>
    <message>
        <source>as printed on the stamp</source>
        <translation>tel qu&apos;il figure sur le cachet</translation>
    </message>
    <message>
        <source>border post, airport, fair…</source>
        <translation>poste frontière, aéroport, salon…</translation>
    </message>
    <message>
        <source>Customs set a final date</source>
        <translation>La douane a fixé une date limite</translation>
    </message>
    <message>
        <source>customs registration number</source>
        <translation>numéro d&apos;enregistrement en douane</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Bureau de douane</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date of the stamp</source>
        <translation>Date du visa</translation>
    </message>
    <message>
        <source>Final date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Items on this voucher (default: what is at the place the goods leave)</source>
        <translation>Articles portés sur ce volet (par défaut&#xa0;: ce qui se trouve au lieu de départ des marchandises)</translation>
    </message>
    <message>
        <source>I confirm this irregular movement (it stays listed until resolved)</source>
        <translation>Je confirme ce mouvement irrégulier (il reste signalé jusqu&apos;à sa régularisation)</translation>
    </message>
    <message>
        <source>Record stamp</source>
        <translation>Enregistrer le visa</translation>
    </message>
    <message>
        <source>item %1: %2 pieces asked, the general list has %3.</source>
        <translation>article %1&#xa0;: %2 pièces demandées, la liste générale en compte %3.</translation>
    </message>
    <message>
        <source>Tick at least one item (with a quantity).</source>
        <translation>Cochez au moins un article (avec une quantité).</translation>
    </message>
    <message numerus="yes">
        <source>The ledger accepts this: %1 voucher %2, %Ln piece(s).</source>
        <translation>
            <numerusform>Le registre l&apos;accepte&#xa0;: volet %1 %2, %Ln pièce.</numerusform>
            <numerusform>Le registre l&apos;accepte&#xa0;: volet %1 %2, %Ln pièces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the country whose customs stamped the voucher.</source>
        <translation>Choisissez le pays dont la douane a visé le volet.</translation>
    </message>
    <message>
        <source>No item of this carnet can take this movement.</source>
        <translation>Aucun article de ce carnet ne peut faire ce mouvement.</translation>
    </message>
    <message>
        <source>Nothing can move: %1</source>
        <translation>Rien ne peut bouger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Irregular — confirm to record:</source>
        <translation>Irrégulier — confirmez pour enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>The ledger accepts this: %1 voucher %2, %3 piece(s).</source>
        <translation type="vanished">Le registre accepte ce mouvement&#xa0;: volet %1 n° %2, %3 pièce(s).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="vanished">Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="vanished">Délivré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">Actif</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="vanished">Restitué</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="vanished">Déchargé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Annulé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="vanished">Remplacé par un duplicata</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="vanished">Remplacé</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%n attachment(s): %1</source>
        <translation>
            <numerusform>%n pièce jointe&#xa0;: %1</numerusform>
            <numerusform>%n pièces jointes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no attachment</source>
        <translation>aucune pièce jointe</translation>
    </message>
</context>
<context>
    <name>TripPlannerDialog</name>
    <message>
        <source>Trip planner</source>
        <translation>Préparation de voyage</translation>
    </message>
    <message>
        <source>Coming back home (re-exportation and re-importation)</source>
        <translation>Retour au pays (réexportation et réimportation)</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Transit through</source>
        <translation>Transit par</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Au pays</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Voyagent</translation>
    </message>
    <message>
        <source>Tick all at home</source>
        <translation>Cocher tout ce qui est au pays</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Exhibition or place of use (importation voucher)</source>
        <translation>Exposition ou lieu d&apos;utilisation (volet d&apos;importation)</translation>
    </message>
    <message>
        <source>e.g. Truck AB-123-CD, flight LX 123</source>
        <translation>ex. camion AB-123-CD, vol LX 123</translation>
    </message>
    <message>
        <source>e.g. 4 flight cases, marked 1 to 4</source>
        <translation>ex. 4 flight-cases, marqués de 1 à 4</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Goods used at</source>
        <translation>Marchandises utilisées à</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>Moyen de transport</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaires</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Sets used</source>
        <translation>Jeux utilisés</translation>
    </message>
    <message>
        <source>Make the trip pack (PDF)…</source>
        <translation>Préparer le dossier de voyage (PDF)…</translation>
    </message>
    <message>
        <source>On the official forms (overlay, with printer calibration)</source>
        <translation>Sur les formulaires officiels (surimpression, avec l&apos;étalonnage de l&apos;imprimante)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Holder&apos;s declaration (box F)</source>
        <translation>Déclaration du titulaire (case F)</translation>
    </message>
    <message>
        <source>Items that travel</source>
        <translation>Articles qui voyagent</translation>
    </message>
    <message>
        <source>Only goods at home can leave; give fewer pieces for part of a line.</source>
        <translation>Seules les marchandises au pays peuvent partir&#x202f;; indiquez moins de pièces pour une partie de ligne.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — %2 — until %3</source>
        <translation>%1 — %2 — jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>No issued carnet is valid today.</source>
        <translation>Aucun carnet délivré n&apos;est valable aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>(no transit country on this carnet)</source>
        <translation>(aucun pays de transit sur ce carnet)</translation>
    </message>
    <message numerus="yes">
        <source>Enough vouchers for this trip; %Ln item(s) travel.</source>
        <translation>
            <numerusform>Assez de volets pour ce voyage&#xa0;; %Ln article voyage.</numerusform>
            <numerusform>Assez de volets pour ce voyage&#xa0;; %Ln articles voyagent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enough vouchers for this trip; %1 item(s) travel.</source>
        <translation type="vanished">Assez de volets pour ce voyage&#x202f;; %1 article(s) voyagent.</translation>
    </message>
    <message>
        <source>Preparing the trip pack…</source>
        <translation>Préparation du dossier de voyage…</translation>
    </message>
    <message>
        <source>Trip pack — %1</source>
        <translation>Dossier de voyage — %1</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save them before closing, or discard them?</source>
        <translation>Les enregistrer avant de fermer, ou les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Use</name>
    <message>
        <source>Commercial samples</source>
        <translation>Échantillons commerciaux</translation>
    </message>
    <message>
        <source>Professional equipment</source>
        <translation>Matériel professionnel</translation>
    </message>
    <message>
        <source>Exhibitions, fairs, meetings and similar events</source>
        <translation>Expositions, foires, congrès et manifestations similaires</translation>
    </message>
    <message>
        <source>Educational, scientific or cultural goods</source>
        <translation>Matériel éducatif, scientifique ou culturel</translation>
    </message>
    <message>
        <source>Travellers&apos; personal effects</source>
        <translation>Effets personnels des voyageurs</translation>
    </message>
    <message>
        <source>Goods for sports purposes</source>
        <translation>Marchandises destinées au sport</translation>
    </message>
    <message>
        <source>Humanitarian goods</source>
        <translation>Marchandises à but humanitaire</translation>
    </message>
    <message>
        <source>Animals</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Other temporary admission (manufacturing tools, tourist publicity, ...)</source>
        <translation>Autres admissions temporaires (outillage de fabrication, matériel de propagande touristique, ...)</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name shown in the audit trail</source>
        <translation>Nom affiché dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save names</source>
        <translation>Enregistrer les noms</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The audit trail records each action under the login of whoever did it; give each login the name people know. You are logged in as “%1”.</source>
        <translation>Le journal d&apos;audit enregistre chaque opération sous l&apos;identifiant de son auteur&#x202f;; donnez à chaque identifiant le nom sous lequel chacun est connu. Vous êtes connecté en tant que «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Names saved.</source>
        <translation>Noms enregistrés.</translation>
    </message>
</context>
<context>
    <name>UsesPage</name>
    <message>
        <source>Uses and event</source>
        <translation>Utilisations et manifestation</translation>
    </message>
    <message>
        <source>What the goods are for: each destination country must accept these uses.</source>
        <translation>À quoi servent les marchandises&#xa0;: chaque pays de destination doit accepter ces utilisations.</translation>
    </message>
    <message>
        <source>e.g. Goods for display at a trade fair</source>
        <translation>ex. marchandises destinées à être exposées lors d&apos;un salon</translation>
    </message>
    <message>
        <source>e.g. Swiss Industrial Fair, Basel</source>
        <translation>ex. Foire industrielle suisse, Bâle</translation>
    </message>
    <message>
        <source>The goods include road vehicles (the security follows the vehicle rules)</source>
        <translation>Les marchandises comprennent des véhicules routiers (la garantie suit les règles propres aux véhicules)</translation>
    </message>
    <message>
        <source>Departure date known</source>
        <translation>Date de départ connue</translation>
    </message>
    <message>
        <source>Intended use (box C)</source>
        <translation>Utilisation prévue (case C)</translation>
    </message>
    <message>
        <source>Event name and place</source>
        <translation>Nom et lieu de la manifestation</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Intended uses *</source>
        <translation>Utilisations prévues *</translation>
    </message>
    <message>
        <source>Box C and event</source>
        <translation>Case C et manifestation</translation>
    </message>
    <message>
        <source>The departure date is used for rush fees; the event name and place go on the importation vouchers.</source>
        <translation>La date de départ sert aux frais d&apos;urgence&#x202f;; le nom et le lieu de la manifestation figurent sur les volets d&apos;importation.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanc</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Digital (eATA)</source>
        <translation>Numérique (eATA)</translation>
    </message>
    <message>
        <source>Paper and digital</source>
        <translation>Papier et numérique</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Settled: proof furnished</source>
        <translation>Réglée&#xa0;: preuve fournie</translation>
    </message>
    <message>
        <source>Settled: duties paid</source>
        <translation>Réglée&#xa0;: droits payés</translation>
    </message>
    <message>
        <source>cash deposit</source>
        <translation>dépôt en espèces</translation>
    </message>
    <message>
        <source>bank guarantee</source>
        <translation>garantie bancaire</translation>
    </message>
    <message>
        <source>insurance bond</source>
        <translation>caution d&apos;assurance</translation>
    </message>
    <message>
        <source>indemnity scheme</source>
        <translation>régime d&apos;indemnisation</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a printed carnet</source>
        <translation>Vérifier un carnet imprimé</translation>
    </message>
    <message>
        <source>Choose the carnet&apos;s PDF, a scan or a photo of one page (cover or voucher). The desk reads the code printed at the top right of the page and checks it against the issuing chamber&apos;s key.</source>
        <translation>Choisissez le PDF du carnet, un scan ou une photo d&apos;une page (couverture ou volet). Le bureau lit le code imprimé en haut à droite de la page et le vérifie avec la clé de la chambre émettrice.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Page of the PDF</source>
        <translation>Page du PDF</translation>
    </message>
    <message>
        <source>Page of a PDF:</source>
        <translation>Page d&apos;un PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Carnet number:</source>
        <translation>Numéro du carnet&#xa0;:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>General list:</source>
        <translation>Liste générale&#xa0;:</translation>
    </message>
    <message>
        <source>Carnet pages (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pages de carnet (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Reading the code on %1…</source>
        <translation>Lecture du code de %1…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>No carnet code was found in %1. Take the photo closer to the code at the top right of the page, flat and in good light, or scan the page.</source>
        <translation>Aucun code de carnet trouvé dans %1. Photographiez de plus près le code en haut à droite de la page, à plat et bien éclairé, ou scannez la page.</translation>
    </message>
    <message>
        <source>Genuine: the general list matches what the chamber issued.</source>
        <translation>Authentique&#xa0;: la liste générale correspond à ce que la chambre a délivré.</translation>
    </message>
    <message>
        <source>Signed by a chamber this desk trusts.</source>
        <translation>Signé par une chambre à laquelle ce bureau fait confiance.</translation>
    </message>
    <message>
        <source>NOT GENUINE: the general list does NOT match what the chamber issued.</source>
        <translation>PAS AUTHENTIQUE&#xa0;: la liste générale ne correspond PAS à ce que la chambre a délivré.</translation>
    </message>
    <message>
        <source>NOT GENUINE: the code is not signed by the issuing chamber.</source>
        <translation>PAS AUTHENTIQUE&#xa0;: le code n&apos;est pas signé par la chambre émettrice.</translation>
    </message>
    <message>
        <source>unknown: no key this desk trusts signed this code</source>
        <translation>inconnu&#xa0;: aucune clé de confiance de ce bureau n&apos;a signé ce code</translation>
    </message>
    <message>
        <source>a chamber this desk trusts</source>
        <translation>une chambre à laquelle ce bureau fait confiance</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (clé %2)</translation>
    </message>
    <message>
        <source>the general list matches what the chamber issued</source>
        <translation>la liste générale correspond à ce que la chambre a délivré</translation>
    </message>
    <message>
        <source>the general list does NOT match what the chamber issued</source>
        <translation>la liste générale ne correspond PAS à ce que la chambre a délivré</translation>
    </message>
    <message>
        <source>this desk does not hold this carnet&apos;s general list to compare</source>
        <translation>ce bureau n&apos;a pas la liste générale de ce carnet pour la comparer</translation>
    </message>
    <message>
        <source>cannot be checked: the code is not the issuing chamber&apos;s</source>
        <translation>impossible à vérifier&#xa0;: le code n&apos;est pas celui de la chambre émettrice</translation>
    </message>
    <message>
        <source>This PDF has no page %1.</source>
        <translation>Ce PDF n&apos;a pas de page %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not a PDF, PNG or JPEG the desk can open, or it is too large.</source>
        <translation>%1 est illisible&#xa0;: ce n&apos;est pas un PDF, PNG ou JPEG que le bureau sait ouvrir, ou il est trop grand.</translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>Yellow (export / re-import)</source>
        <translation>Jaune (exportation / réimportation)</translation>
    </message>
    <message>
        <source>White (import / re-export)</source>
        <translation>Blanc (importation / réexportation)</translation>
    </message>
    <message>
        <source>Blue (transit)</source>
        <translation>Bleu (transit)</translation>
    </message>
</context>
<context>
    <name>VoucherSetsDialog</name>
    <message>
        <source>Add voucher sets</source>
        <translation>Ajouter des jeux de volets</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Jeux</translation>
    </message>
</context>
<context>
    <name>_PickerDialog</name>
    <message>
        <source>Search number, holder or event</source>
        <translation>Rechercher un numéro, un titulaire ou une manifestation</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Airport customs, cargo terminal</source>
        <translation>Douane de l&apos;aéroport, terminal fret</translation>
    </message>
    <message>
        <source>International airport</source>
        <translation>Aéroport international</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Voucher</source>
        <translation>Volet</translation>
    </message>
</context>
</TS>
