<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new document</source>
        <translation>Commencer un nouveau document</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .ucd document</source>
        <translation>Ouvrir un document .ucd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the document under another name</source>
        <translation>Enregistrer le document sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Fermer toutes les fenêtres et quitter</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Copy the selection and delete it from the model</source>
        <translation>Copier la sélection et la supprimer du modèle</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected elements</source>
        <translation>Copier les éléments sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste copies of the copied elements (new elements)</source>
        <translation>Coller des copies des éléments copiés (nouveaux éléments)</translation>
    </message>
    <message>
        <source>Paste as &amp;Shown Elements</source>
        <translation>Coller les ori&amp;ginaux</translation>
    </message>
    <message>
        <source>Show the copied elements themselves on this diagram (no copies are made)</source>
        <translation>Afficher les éléments copiés eux-mêmes sur ce diagramme (aucune copie n’est créée)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Make copies of the selection beside it</source>
        <translation>Créer des copies de la sélection à côté d’elle</translation>
    </message>
    <message>
        <source>&amp;Delete from Diagram</source>
        <translation>Re&amp;tirer du diagramme</translation>
    </message>
    <message>
        <source>Remove the selection from this diagram; the elements stay in the model</source>
        <translation>Retirer la sélection de ce diagramme&#x202f;; les éléments restent dans le modèle</translation>
    </message>
    <message>
        <source>Delete from &amp;Model</source>
        <translation>Supprimer du &amp;modèle</translation>
    </message>
    <message>
        <source>Delete the selection from the model, with its relationships and its shapes on every diagram</source>
        <translation>Supprimer la sélection du modèle, avec ses relations et ses formes sur tous les diagrammes</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
    <message>
        <source>Select everything on this diagram</source>
        <translation>Sélectionner tout le contenu de ce diagramme</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Edit the name of the selected element on the canvas</source>
        <translation>Modifier le nom de l’élément sélectionné sur la zone de dessin</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation>A&amp;juster le diagramme</translation>
    </message>
    <message>
        <source>Zoom to show the whole diagram</source>
        <translation>Zoomer pour afficher tout le diagramme</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>Taille ré&amp;elle (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Zoomer à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Afficher la &amp;grille</translation>
    </message>
    <message>
        <source>Show the grid on the canvas</source>
        <translation>Afficher la grille sur la zone de dessin</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Shapes and bend points snap to the grid (hold Alt to place freely)</source>
        <translation>Les formes et les points de coude s’aimantent à la grille (maintenez Alt pour placer librement)</translation>
    </message>
    <message>
        <source>Grid Si&amp;ze…</source>
        <translation>Taille de la gri&amp;lle…</translation>
    </message>
    <message>
        <source>Set the grid spacing</source>
        <translation>Définir l’espacement de la grille</translation>
    </message>
    <message>
        <source>&amp;New Diagram</source>
        <translation>&amp;Nouveau diagramme</translation>
    </message>
    <message>
        <source>Add a new diagram to the document</source>
        <translation>Ajouter un nouveau diagramme au document</translation>
    </message>
    <message>
        <source>&amp;Rename Diagram…</source>
        <translation>&amp;Renommer le diagramme…</translation>
    </message>
    <message>
        <source>Rename the current diagram</source>
        <translation>Renommer le diagramme courant</translation>
    </message>
    <message>
        <source>D&amp;uplicate Diagram</source>
        <translation>D&amp;upliquer le diagramme</translation>
    </message>
    <message>
        <source>A new diagram showing the same elements</source>
        <translation>Un nouveau diagramme montrant les mêmes éléments</translation>
    </message>
    <message>
        <source>&amp;Delete Diagram</source>
        <translation>&amp;Supprimer le diagramme</translation>
    </message>
    <message>
        <source>Delete the current diagram; its elements stay in the model</source>
        <translation>Supprimer le diagramme courant&#x202f;; ses éléments restent dans le modèle</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Aligner au &amp;centre</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Aligner au &amp;milieu</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Line the selected shapes up with the first one selected</source>
        <translation>Aligner les formes sélectionnées sur la première sélectionnée</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Equal gaps between the selected shapes, left to right</source>
        <translation>Espacer régulièrement les formes sélectionnées, de gauche à droite</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <source>Equal gaps between the selected shapes, top to bottom</source>
        <translation>Espacer régulièrement les formes sélectionnées, de haut en bas</translation>
    </message>
    <message>
        <source>Make &amp;Same Size</source>
        <translation>Même &amp;taille</translation>
    </message>
    <message>
        <source>Give the selected shapes the size of the first one selected</source>
        <translation>Donner aux formes sélectionnées la taille de la première sélectionnée</translation>
    </message>
    <message>
        <source>Draw {a_kind} from the first selected element to the second</source>
        <translation>Tracer {a_kind} du premier élément sélectionné vers le second</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>Select, move and resize (Esc returns here)</source>
        <translation>Sélectionner, déplacer et redimensionner (Esc revient ici)</translation>
    </message>
    <message>
        <source>Place {a_kind}: click on the canvas, or drag this onto it</source>
        <translation>Placer {a_kind}&#xa0;: cliquez sur la zone de dessin ou faites glisser cet outil dessus</translation>
    </message>
    <message>
        <source>Draw {a_kind}: press on one element and drag to the other</source>
        <translation>Tracer {a_kind}&#xa0;: appuyez sur un élément et faites glisser jusqu’à l’autre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About ucdesigner</source>
        <translation>À &amp;propos de ucdesigner</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Filter the model browser</source>
        <translation>Filtrer le navigateur de modèle</translation>
    </message>
    <message>
        <source>Filter elements…</source>
        <translation>Filtrer les éléments…</translation>
    </message>
    <message>
        <source>Show only the elements whose name contains this text</source>
        <translation>N’afficher que les éléments dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Another &amp;file</source>
        <translation>Un autre &amp;fichier</translation>
    </message>
    <message>
        <source>A &amp;git revision of this file</source>
        <translation>Une révision &amp;git de ce fichier</translation>
    </message>
    <message>
        <source>File to compare with</source>
        <translation>Fichier à comparer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>the document has not been saved in a folder yet</source>
        <translation>le document n’a pas encore été enregistré dans un dossier</translation>
    </message>
    <message>
        <source>No git revisions: {reason}.</source>
        <translation>Aucune révision git&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Use case models (*.ucd)</source>
        <translation>Modèles de cas d’utilisation (*.ucd)</translation>
    </message>
    <message>
        <source>Choose a file to compare with.</source>
        <translation>Choisissez un fichier à comparer.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>See what changed since another version: a file or a git revision</source>
        <translation>Voir ce qui a changé depuis une autre version&#xa0;: un fichier ou une révision git</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>Show the previous change</source>
        <translation>Afficher la modification précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Show the next change</source>
        <translation>Afficher la modification suivante</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Take the changes off the canvas</source>
        <translation>Ne plus afficher les modifications sur la zone de dessin</translation>
    </message>
    <message>
        <source>Compared with {version}: {n} change(s).</source>
        <translation>Comparé avec {version}&#xa0;: {n} modification(s).</translation>
    </message>
    <message>
        <source>Compared with {version}: no changes.</source>
        <translation>Comparé avec {version}&#xa0;: aucune modification.</translation>
    </message>
    <message>
        <source>Not comparing.</source>
        <translation>Pas de comparaison en cours.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Votre branche</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Autre branche</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translation>Garder la &amp;vôtre</translation>
    </message>
    <message>
        <source>Keep the value of your branch (one undo step)</source>
        <translation>Garder la valeur de votre branche (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre l’&amp;autre</translation>
    </message>
    <message>
        <source>Use the value of the branch being merged in</source>
        <translation>Utiliser la valeur de la branche en cours de fusion</translation>
    </message>
    <message>
        <source>&amp;Mark Resolved</source>
        <translation>&amp;Marquer comme résolu</translation>
    </message>
    <message>
        <source>Keep the model as it is now (after editing it by hand) and close the conflict</source>
        <translation>Garder le modèle tel qu’il est maintenant (après l’avoir modifié à la main) et clore le conflit</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>{n} merge conflict(s) to resolve. Choose a side for each (or edit by hand and mark it resolved), save, then run “git add {file}”: git keeps the file marked as conflicted until you do.</source>
        <translation>{n} conflit(s) de fusion à résoudre. Choisissez un côté pour chacun (ou modifiez à la main et marquez-le comme résolu), enregistrez, puis exécutez «&#xa0;git add {file}&#xa0;»&#xa0;: git garde le fichier marqué en conflit tant que vous ne l’avez pas fait.</translation>
    </message>
    <message>
        <source>All conflicts are resolved. Save, then run “git add {file}” and git commit to finish the merge.</source>
        <translation>Tous les conflits sont résolus. Enregistrez, puis exécutez «&#xa0;git add {file}&#xa0;» et git commit pour terminer la fusion.</translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>Aucun conflit de fusion.</translation>
    </message>
    <message>
        <source>Cannot take that side: {reason}</source>
        <translation>Impossible de prendre ce côté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>Show or hide the merge conflicts of the document</source>
        <translation>Afficher ou masquer les conflits de fusion du document</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Find the other element</source>
        <translation>Trouver l’autre élément</translation>
    </message>
    <message>
        <source>Type to find the other element</source>
        <translation>Tapez pour trouver l’autre élément</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>The elements of this diagram; the rules refuse the greyed ones</source>
        <translation>Les éléments de ce diagramme&#x202f;; les règles refusent ceux qui sont grisés</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Raison du refus</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the element the line starts from.</source>
        <translation>Choisissez l’élément d’où part la ligne.</translation>
    </message>
    <message>
        <source>The rules allow no {kind} from here to these elements.</source>
        <translation>Les règles n’autorisent aucune relation ({kind}) d’ici vers ces éléments.</translation>
    </message>
    <message>
        <source>No element of this diagram matches.</source>
        <translation>Aucun élément de ce diagramme ne correspond.</translation>
    </message>
    <message>
        <source>Add a diagram first (Diagram ▸ New Diagram).</source>
        <translation>Ajoutez d’abord un diagramme (Diagramme ▸ Nouveau diagramme).</translation>
    </message>
    <message>
        <source>A relationship needs two elements on the diagram.</source>
        <translation>Une relation nécessite deux éléments sur le diagramme.</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>Re&amp;lier…</translation>
    </message>
    <message>
        <source>Draw a relationship from the selected element, choosing the other end by name</source>
        <translation>Tracer une relation depuis l’élément sélectionné, en choisissant l’autre extrémité par son nom</translation>
    </message>
    <message>
        <source>Coverage of the journey stages by use cases, per actor</source>
        <translation>Couverture des phases du parcours par les cas d’utilisation, par acteur</translation>
    </message>
    <message>
        <source>KPIs per stage and balanced-scorecard perspective</source>
        <translation>KPI par phase et par perspective du tableau de bord prospectif</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write both tables to a CSV file for a spreadsheet</source>
        <translation>Écrire les deux tableaux dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Every cell is covered.</source>
        <translation>Toutes les cellules sont couvertes.</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(aucun acteur)</translation>
    </message>
    <message>
        <source>Click to select these use cases</source>
        <translation>Cliquez pour sélectionner ces cas d’utilisation</translation>
    </message>
    <message>
        <source>— no use case —</source>
        <translation>— aucun cas d’utilisation —</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(aucune phase)</translation>
    </message>
    <message>
        <source>Selected {names}</source>
        <translation>Sélection&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Export Coverage as CSV</source>
        <translation>Exporter la couverture en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}&#xa0;: écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>Coverage written to {path}</source>
        <translation>Couverture écrite dans {path}</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Remove {what} from diagram</source>
        <translation>Retirer {what} du diagramme</translation>
    </message>
    <message>
        <source>Delete {name} from model</source>
        <translation>Supprimer {name} du modèle</translation>
    </message>
    <message>
        <source>Delete {what} from model</source>
        <translation>Supprimer {what} du modèle</translation>
    </message>
    <message>
        <source>Copied {what}.</source>
        <translation>Copié&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Cut {what}</source>
        <translation>Couper {what}</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Il n’y a rien à coller.</translation>
    </message>
    <message>
        <source>Paste {what}</source>
        <translation>Coller {what}</translation>
    </message>
    <message>
        <source>Paste as Shown Elements works with elements copied from this document.</source>
        <translation>«&#xa0;Coller les originaux&#xa0;» ne fonctionne qu’avec des éléments copiés depuis ce document.</translation>
    </message>
    <message>
        <source>Show {what} on diagram</source>
        <translation>Afficher {what} sur le diagramme</translation>
    </message>
    <message>
        <source>Duplicate {what}</source>
        <translation>Dupliquer {what}</translation>
    </message>
    <message>
        <source>Align {what}</source>
        <translation>Aligner {what}</translation>
    </message>
    <message>
        <source>Distribute {what}</source>
        <translation>Répartir {what}</translation>
    </message>
    <message>
        <source>Make {what} the same size</source>
        <translation>Donner la même taille à {what}</translation>
    </message>
    <message>
        <source>Export Diagram…</source>
        <translation>Exporter le diagramme…</translation>
    </message>
    <message>
        <source>Save this diagram as a PNG, SVG or PDF picture</source>
        <translation>Enregistrer ce diagramme comme image PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export All Diagrams…</source>
        <translation>Exporter tous les diagrammes…</translation>
    </message>
    <message>
        <source>Save every diagram as a picture, one file each, in a folder</source>
        <translation>Enregistrer chaque diagramme comme image, un fichier par diagramme, dans un dossier</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Save the selected elements as a picture</source>
        <translation>Enregistrer les éléments sélectionnés comme image</translation>
    </message>
    <message>
        <source>Export Slides…</source>
        <translation>Exporter en diapositives…</translation>
    </message>
    <message>
        <source>Put diagrams on PowerPoint slides as shapes you can still edit</source>
        <translation>Placer les diagrammes sur des diapositives PowerPoint, sous forme de formes encore modifiables</translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation>Copier comme image</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole diagram) as a picture, to paste into slides</source>
        <translation>Copier la sélection (ou tout le diagramme) comme image, à coller dans des diapositives</translation>
    </message>
    <message>
        <source>Export stopped: {count} of {total} pictures written.</source>
        <translation>Export interrompu&#xa0;: {count} image(s) sur {total} écrite(s).</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Exported {count} pictures to {folder}</source>
        <translation>{count} images exportées dans {folder}</translation>
    </message>
    <message>
        <source>There is no diagram to put on slides.</source>
        <translation>Il n’y a aucun diagramme à placer sur des diapositives.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Exporter en diapositives</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>Diapositives PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Cannot write the slides</source>
        <translation>Impossible d’écrire les diapositives</translation>
    </message>
    <message>
        <source>Wrote {count} slides to {path}</source>
        <translation>{count} diapositives écrites dans {path}</translation>
    </message>
    <message>
        <source>Cannot copy the picture: {error}</source>
        <translation>Impossible de copier l’image&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Open a diagram to copy it as a picture.</source>
        <translation>Ouvrez un diagramme pour le copier comme image.</translation>
    </message>
    <message>
        <source>Copied the selection as a picture.</source>
        <translation>Sélection copiée comme image.</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture.</source>
        <translation>Diagramme copié comme image.</translation>
    </message>
    <message>
        <source>(outside the document&apos;s folder: never written)</source>
        <translation>(hors du dossier du document&#xa0;: jamais écrite)</translation>
    </message>
    <message>
        <source>Pictures written on save</source>
        <translation>Images écrites à l’enregistrement</translation>
    </message>
    <message>
        <source>{name} asks to write these pictures every time it is saved:</source>
        <translation>{name} demande à écrire ces images à chaque enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Write them? Choose Don&apos;t Write if you did not expect this document to write files.</source>
        <translation>Les écrire&#x202f;? Choisissez «&#xa0;Ne pas écrire&#xa0;» si vous ne vous attendiez pas à ce que ce document écrive des fichiers.</translation>
    </message>
    <message>
        <source>&amp;Write Pictures</source>
        <translation>É&amp;crire les images</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Write</source>
        <translation>&amp;Ne pas écrire</translation>
    </message>
    <message>
        <source>Export on save failed: {problem}</source>
        <translation>Échec de l’export à l’enregistrement&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Saved; 1 picture updated.</source>
        <translation>Enregistré&#x202f;; 1 image mise à jour.</translation>
    </message>
    <message>
        <source>Saved; {count} pictures updated.</source>
        <translation>Enregistré&#x202f;; {count} images mises à jour.</translation>
    </message>
    <message>
        <source>Saved; the document&apos;s pictures were not written.</source>
        <translation>Enregistré&#x202f;; les images du document n’ont pas été écrites.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Stereotype</source>
        <translation>Stéréotype</translation>
    </message>
    <message>
        <source>Property “{key}”</source>
        <translation>Propriété «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nom de la propriété</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Role at the {key} end</source>
        <translation>Rôle à l’extrémité {key}</translation>
    </message>
    <message>
        <source>Extension point {n}</source>
        <translation>Point d’extension {n}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Stakeholder {n}</source>
        <translation>Partie prenante {n}</translation>
    </message>
    <message>
        <source>Interest of stakeholder {n}</source>
        <translation>Intérêt de la partie prenante {n}</translation>
    </message>
    <message>
        <source>Precondition {n}</source>
        <translation>Précondition {n}</translation>
    </message>
    <message>
        <source>Postcondition {n}</source>
        <translation>Postcondition {n}</translation>
    </message>
    <message>
        <source>Business rule {n}</source>
        <translation>Règle métier {n}</translation>
    </message>
    <message>
        <source>Open issue {n}</source>
        <translation>Question ouverte {n}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Étape {n}</translation>
    </message>
    <message>
        <source>Extension {n}: condition</source>
        <translation>Extension {n}&#xa0;: condition</translation>
    </message>
    <message>
        <source>Extension step {n}</source>
        <translation>Étape d’extension {n}</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Phase du parcours</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Pain point {n}</source>
        <translation>Point de friction {n}</translation>
    </message>
    <message>
        <source>KPI {n}</source>
        <translation>KPI {n}</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>the name would be empty</source>
        <translation>le nom serait vide</translation>
    </message>
    <message>
        <source>another property would have the same name</source>
        <translation>une autre propriété aurait le même nom</translation>
    </message>
    <message>
        <source>a journey stage is renamed in the journey&apos;s list, not here</source>
        <translation>une phase du parcours se renomme dans la liste du parcours, pas ici</translation>
    </message>
    <message>
        <source>a journey touchpoint is renamed in the journey&apos;s list, not here</source>
        <translation>un point de contact du parcours se renomme dans la liste du parcours, pas ici</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Après remplacement</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search names, documentation, specifications, properties and journey fields</source>
        <translation>Rechercher dans les noms, la documentation, les spécifications, les propriétés et les champs du parcours</translation>
    </message>
    <message>
        <source>Find in names, documentation, specifications, properties…</source>
        <translation>Rechercher dans les noms, la documentation, les spécifications, les propriétés…</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Remplacer par…</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace the chosen match and go to the next one</source>
        <translation>Remplacer l’occurrence choisie et passer à la suivante</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Remplacer toutes les occurrences (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Remplacer&#xa0;:</translation>
    </message>
    <message>
        <source> at character {n}</source>
        <translation> au caractère {n}</translation>
    </message>
    <message>
        <source>Invalid regular expression: {reason}{where}. Nothing is searched.</source>
        <translation>Expression régulière non valide&#xa0;: {reason}{where}. Aucune recherche n’est effectuée.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucune occurrence.</translation>
    </message>
    <message>
        <source>{n} matches; the first {shown} are listed.</source>
        <translation>{n} occurrences&#x202f;; les {shown} premières sont listées.</translation>
    </message>
    <message>
        <source>1 match.</source>
        <translation>1 occurrence.</translation>
    </message>
    <message>
        <source>{n} matches.</source>
        <translation>{n} occurrences.</translation>
    </message>
    <message>
        <source>Not replaced: {reason}</source>
        <translation>Non remplacé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{kind} “{name}”: {where}</source>
        <translation>{kind} «&#xa0;{name}&#xa0;»&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Replace in {where} of “{name}”</source>
        <translation>Remplacer dans {where} de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replace}”</source>
        <translation>Remplacer «&#xa0;{find}&#xa0;» par «&#xa0;{replace}&#xa0;»</translation>
    </message>
    <message>
        <source>Replaced in {n} fields.</source>
        <translation>Remplacé dans {n} champs.</translation>
    </message>
    <message>
        <source>{n} not replaced: {reasons}.</source>
        <translation>{n} non remplacé(s)&#xa0;: {reasons}.</translation>
    </message>
    <message>
        <source>Not replaced: {reason}.</source>
        <translation>Non remplacé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le sui&amp;vant</translation>
    </message>
    <message>
        <source>Show the next match of the search</source>
        <translation>Afficher l’occurrence suivante de la recherche</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Show the previous match of the search</source>
        <translation>Afficher l’occurrence précédente de la recherche</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Rechercher et rempl&amp;acer…</translation>
    </message>
    <message>
        <source>Replace text in names and texts, with a preview of what changes</source>
        <translation>Remplacer du texte dans les noms et les textes, avec un aperçu des modifications</translation>
    </message>
    <message>
        <source>F&amp;ind Panel</source>
        <translation>Pa&amp;nneau de recherche</translation>
    </message>
    <message>
        <source>Show or hide the panel of the search and its matches</source>
        <translation>Afficher ou masquer le panneau de la recherche et de ses occurrences</translation>
    </message>
    <message>
        <source>Show the frame of “{name}”</source>
        <translation>Afficher le cadre de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Hide the frame of “{name}”</source>
        <translation>Masquer le cadre de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Show Journey &amp;Lanes</source>
        <translation>Afficher les c&amp;ouloirs</translation>
    </message>
    <message>
        <source>Show the journey stages as lanes on this diagram; a use case placed in a lane takes its stage</source>
        <translation>Afficher les phases du parcours comme couloirs sur ce diagramme&#x202f;; un cas d’utilisation placé dans un couloir prend sa phase</translation>
    </message>
    <message>
        <source>&amp;Arrange Use Cases in Lanes</source>
        <translation>R&amp;anger les cas d’utilisation dans les couloirs</translation>
    </message>
    <message>
        <source>Move every use case that has a stage into its lane</source>
        <translation>Déplacer chaque cas d’utilisation qui a une phase dans son couloir</translation>
    </message>
    <message>
        <source>Journey Lane &amp;Width…</source>
        <translation>Larg&amp;eur des couloirs…</translation>
    </message>
    <message>
        <source>How wide the lanes of this diagram are</source>
        <translation>La largeur des couloirs de ce diagramme</translation>
    </message>
    <message>
        <source>Journey &amp;Stages and Touchpoints…</source>
        <translation>&amp;Phases et points de contact…</translation>
    </message>
    <message>
        <source>Edit the stages of the customer journey and the touchpoint list</source>
        <translation>Modifier les phases du parcours client et la liste des points de contact</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>Co&amp;uverture</translation>
    </message>
    <message>
        <source>Show which use cases cover each journey stage for each actor</source>
        <translation>Afficher quels cas d’utilisation couvrent chaque phase du parcours pour chaque acteur</translation>
    </message>
    <message>
        <source>Show journey lanes</source>
        <translation>Afficher les couloirs</translation>
    </message>
    <message>
        <source>Hide journey lanes</source>
        <translation>Masquer les couloirs</translation>
    </message>
    <message>
        <source>Journey Lane Width</source>
        <translation>Largeur des couloirs</translation>
    </message>
    <message>
        <source>Width of each lane (points at 100 %):</source>
        <translation>Largeur de chaque couloir (points à 100&#xa0;%)&#xa0;:</translation>
    </message>
    <message>
        <source>Change lane width</source>
        <translation>Modifier la largeur des couloirs</translation>
    </message>
    <message>
        <source>Arrange use cases in lanes</source>
        <translation>Ranger les cas d’utilisation dans les couloirs</translation>
    </message>
    <message>
        <source>{n} use cases moved into their lanes.</source>
        <translation>{n} cas d’utilisation déplacés dans leur couloir.</translation>
    </message>
    <message>
        <source>“{usecase}” now belongs to “{subject}”</source>
        <translation>«&#xa0;{usecase}&#xa0;» appartient désormais à «&#xa0;{subject}&#xa0;»</translation>
    </message>
    <message>
        <source>“{usecase}” left “{subject}”</source>
        <translation>«&#xa0;{usecase}&#xa0;» a quitté «&#xa0;{subject}&#xa0;»</translation>
    </message>
    <message>
        <source>System boundaries changed: {changes}.</source>
        <translation>Limites du système modifiées&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>Journey Stages and Touchpoints</source>
        <translation>Phases et points de contact</translation>
    </message>
    <message>
        <source>Stages, in the order of the journey</source>
        <translation>Phases, dans l’ordre du parcours</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a stage at the end</source>
        <translation>Ajouter une phase à la fin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>Retirer la phase sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected stage earlier</source>
        <translation>Avancer la phase sélectionnée</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected stage later</source>
        <translation>Reculer la phase sélectionnée</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Description de la phase</translation>
    </message>
    <message>
        <source>Stage pain points</source>
        <translation>Points de friction de la phase</translation>
    </message>
    <message>
        <source>one pain point a line, e.g. from customer research</source>
        <translation>un point de friction par ligne, p. ex. issu d’études clients</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Touchpoints to choose from</source>
        <translation>Points de contact proposés</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Nouveau point de contact</translation>
    </message>
    <message>
        <source>e.g. social media</source>
        <translation>p. ex. réseaux sociaux</translation>
    </message>
    <message>
        <source>Add the touchpoint typed above</source>
        <translation>Ajouter le point de contact saisi ci-dessus</translation>
    </message>
    <message>
        <source>Remove the selected touchpoint</source>
        <translation>Retirer le point de contact sélectionné</translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>The touchpoint &quot;{name}&quot; is in the list already.</source>
        <translation>Le point de contact «&#xa0;{name}&#xa0;» est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Stage {n} needs a name.</source>
        <translation>La phase {n} doit avoir un nom.</translation>
    </message>
    <message>
        <source>Touchpoint {n} needs a name.</source>
        <translation>Le point de contact {n} doit avoir un nom.</translation>
    </message>
    <message>
        <source>The touchpoint &quot;{name}&quot; is listed twice.</source>
        <translation>Le point de contact «&#xa0;{name}&#xa0;» figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Change journey stages and touchpoints</source>
        <translation>Modifier les phases et les points de contact</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>{what}: &quot;{text}&quot; is not a number.</source>
        <translation>{what}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>{what}: the value must be a finite number.</source>
        <translation>{what}&#xa0;: la valeur doit être un nombre fini.</translation>
    </message>
    <message>
        <source>The stage of the customer journey; on diagrams showing lanes the use case moves into its lane</source>
        <translation>La phase du parcours client&#x202f;; sur les diagrammes qui affichent les couloirs, le cas d’utilisation se place dans son couloir</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tick the channels where this step happens</source>
        <translation>Cochez les canaux où se déroule cette étape</translation>
    </message>
    <message>
        <source>Edit Stages and Touchpoints…</source>
        <translation>Modifier les phases et les points de contact…</translation>
    </message>
    <message>
        <source>Add, rename or remove the journey&apos;s stages and touchpoints</source>
        <translation>Ajouter, renommer ou retirer les phases et les points de contact du parcours</translation>
    </message>
    <message>
        <source>Customer emotion</source>
        <translation>Émotion du client</translation>
    </message>
    <message>
        <source>How the customer feels at this step, from −2 to +2</source>
        <translation>Ce que ressent le client à cette étape, de −2 à +2</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>one pain point a line</source>
        <translation>un point de friction par ligne</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meilleur si</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Ajouter un KPI</translation>
    </message>
    <message>
        <source>Add a key performance indicator to this use case</source>
        <translation>Ajouter un indicateur clé de performance (KPI) à ce cas d’utilisation</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Retirer le KPI</translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation>Retirer le KPI sélectionné</translation>
    </message>
    <message>
        <source>Met or missed is shown in the Coverage view.</source>
        <translation>La vue Couverture indique si la cible est atteinte ou manquée.</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Définir la phase</translation>
    </message>
    <message>
        <source>Change touchpoints</source>
        <translation>Modifier les points de contact</translation>
    </message>
    <message>
        <source>Set customer emotion</source>
        <translation>Définir l’émotion du client</translation>
    </message>
    <message>
        <source>Change pain points</source>
        <translation>Modifier les points de friction</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>KPI {n} choice</source>
        <translation>Choix du KPI {n}</translation>
    </message>
    <message>
        <source>{kpi} target</source>
        <translation>{kpi}&#xa0;: cible</translation>
    </message>
    <message>
        <source>{kpi} current value</source>
        <translation>{kpi}&#xa0;: valeur actuelle</translation>
    </message>
    <message>
        <source>Change KPIs</source>
        <translation>Modifier les KPI</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <source>Auto Layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Auto Layout failed: {reason}</source>
        <translation>Échec de la disposition automatique&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Laid out {n} selected shapes.</source>
        <translation>{n} formes sélectionnées disposées.</translation>
    </message>
    <message>
        <source>Laid out the diagram.</source>
        <translation>Diagramme disposé.</translation>
    </message>
    <message>
        <source>Tidy Labels</source>
        <translation>Ranger les étiquettes</translation>
    </message>
    <message>
        <source>Tidy Labels failed: {reason}</source>
        <translation>Échec du rangement des étiquettes&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Labels tidied.</source>
        <translation>Étiquettes rangées.</translation>
    </message>
    <message>
        <source>Select the shapes that should keep their position.</source>
        <translation>Sélectionnez les formes qui doivent garder leur position.</translation>
    </message>
    <message>
        <source>Keep Position</source>
        <translation>Figer la position</translation>
    </message>
    <message>
        <source>Release Position</source>
        <translation>Libérer la position</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>Disposition automati&amp;que</translation>
    </message>
    <message>
        <source>Lay out the diagram, or the selected shapes, automatically; shapes marked Keep Position stay where they are</source>
        <translation>Disposer automatiquement le diagramme ou les formes sélectionnées&#x202f;; les formes dont la position est figée restent en place</translation>
    </message>
    <message>
        <source>Tidy La&amp;bels</source>
        <translation>Ranger les é&amp;tiquettes</translation>
    </message>
    <message>
        <source>Move only labels, condition notes and comments so that they cover nothing</source>
        <translation>Déplacer uniquement les étiquettes, les notes de condition et les commentaires pour qu’ils ne cachent rien</translation>
    </message>
    <message>
        <source>&amp;Keep Position</source>
        <translation>&amp;Figer la position</translation>
    </message>
    <message>
        <source>Auto Layout leaves the selected shapes where they are (toggle)</source>
        <translation>La disposition automatique laisse les formes sélectionnées en place (bascule)</translation>
    </message>
    <message>
        <source>ucdesigner documents (*.ucd);;All files (*)</source>
        <translation>Documents ucdesigner (*.ucd);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Open a document used lately</source>
        <translation>Ouvrir un document utilisé récemment</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>&amp;Connect Selected</source>
        <translation>Relier la sélect&amp;ion</translation>
    </message>
    <message>
        <source>Draw a relationship from the first selected element to the second</source>
        <translation>Tracer une relation du premier élément sélectionné vers le second</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Afficher ou masquer le panneau {panel}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>{name}[*] — ucdesigner</source>
        <translation>{name}[*] — ucdesigner</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Taille de la grille</translation>
    </message>
    <message>
        <source>Grid spacing (px at 100 %):</source>
        <translation>Espacement de la grille (px à 100&#xa0;%)&#xa0;:</translation>
    </message>
    <message>
        <source>Diagram {n}</source>
        <translation>Diagramme {n}</translation>
    </message>
    <message>
        <source>New diagram</source>
        <translation>Nouveau diagramme</translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename diagram “{name}”</source>
        <translation>Renommer le diagramme «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Duplicate diagram “{name}”</source>
        <translation>Dupliquer le diagramme «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete diagram “{name}”</source>
        <translation>Supprimer le diagramme «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Models of other tools, imported ({patterns})</source>
        <translation>Modèles d’autres outils, importés ({patterns})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>{path} ouvert.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The &amp;current diagram</source>
        <translation>Le diagramme &amp;courant</translation>
    </message>
    <message>
        <source>&amp;Every diagram</source>
        <translation>&amp;Tous les diagrammes</translation>
    </message>
    <message>
        <source>The &amp;selection</source>
        <translation>La &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Fit each diagram on one page</source>
        <translation>A&amp;juster chaque diagramme sur une page</translation>
    </message>
    <message>
        <source>&amp;Tile across pages at</source>
        <translation>&amp;Répartir sur plusieurs pages à</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>How much neighbouring pages repeat, to trim and glue them</source>
        <translation>Part répétée entre pages voisines, pour les rogner et les coller</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>&amp;Header: document, diagram and date</source>
        <translation>&amp;En-tête&#xa0;: document, diagramme et date</translation>
    </message>
    <message>
        <source>F&amp;ooter: page n of m</source>
        <translation>&amp;Pied de page&#xa0;: page n sur m</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimer&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Overlap of tiles:</source>
        <translation>Chevauchement des pages&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>Printed 1 page.</source>
        <translation>1 page imprimée.</translation>
    </message>
    <message>
        <source>Printed {n} pages.</source>
        <translation>{n} pages imprimées.</translation>
    </message>
    <message>
        <source>The document has no diagram to print.</source>
        <translation>Le document n’a aucun diagramme à imprimer.</translation>
    </message>
    <message>
        <source>Print the diagram, every diagram or the selection</source>
        <translation>Imprimer le diagramme, tous les diagrammes ou la sélection</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>See the printed pages before printing them</source>
        <translation>Voir les pages imprimées avant de les imprimer</translation>
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
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} remarques</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Summary of the problems</source>
        <translation>Résumé des problèmes</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Choose which checks run on this document</source>
        <translation>Choisir les vérifications exécutées sur ce document</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction suggérée</translation>
    </message>
    <message>
        <source>Suggested fix: {fix}</source>
        <translation>Correction suggérée&#xa0;: {fix}</translation>
    </message>
    <message>
        <source>Cannot fix it: {problem}</source>
        <translation>Impossible de corriger&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Turn on the check “{title}”</source>
        <translation>Activer la vérification «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Turn off the check “{title}”</source>
        <translation>Désactiver la vérification «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Severity: {severity}</source>
        <translation>Gravité&#xa0;: {severity}</translation>
    </message>
    <message>
        <source>Show Element</source>
        <translation>Afficher l’élément</translation>
    </message>
    <message>
        <source>Turn Off “{title}”</source>
        <translation>Désactiver «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>Show or hide the problems the model checks find</source>
        <translation>Afficher ou masquer les problèmes trouvés par les vérifications du modèle</translation>
    </message>
    <message>
        <source>Show the problems the model checks find (F8)</source>
        <translation>Afficher les problèmes trouvés par les vérifications du modèle (F8)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>ucdesigner did not close properly last time. These documents had changes that were not saved. Restore them to keep working, or discard them.</source>
        <translation>ucdesigner ne s’est pas fermé correctement la dernière fois. Ces documents avaient des modifications non enregistrées. Restaurez-les pour continuer à travailler, ou abandonnez-les.</translation>
    </message>
    <message>
        <source>Recoverable documents</source>
        <translation>Documents récupérables</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(jamais enregistré)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Open the ticked documents with their unsaved changes</source>
        <translation>Ouvrir les documents cochés avec leurs modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Delete the recovery copies of the ticked documents</source>
        <translation>Supprimer les copies de récupération des documents cochés</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Keep the copies and ask again at the next start</source>
        <translation>Garder les copies et redemander au prochain démarrage</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {n} document(s)? This cannot be undone.</source>
        <translation>Supprimer les modifications non enregistrées de {n} document(s)&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}; its file is unknown, Save asks where.</source>
        <translation>Modifications non enregistrées de {title} restaurées&#x202f;; son fichier est inconnu, Enregistrer demandera où l’enregistrer.</translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}; {path} changed since, Save will ask first.</source>
        <translation>Modifications non enregistrées de {title} restaurées&#x202f;; {path} a changé depuis, Enregistrer demandera d’abord confirmation.</translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}.</source>
        <translation>Modifications non enregistrées de {title} restaurées.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation>Page web, un seul fichier (*.html)</translation>
    </message>
    <message>
        <source>Markdown, with the diagrams beside it (*.md)</source>
        <translation>Markdown, avec les diagrammes à côté (*.md)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le r&amp;apport…</translation>
    </message>
    <message>
        <source>Write the diagrams, specifications, actors and check results as one document</source>
        <translation>Écrire les diagrammes, les spécifications, les acteurs et les résultats des vérifications dans un seul document</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Impossible d’écrire le rapport</translation>
    </message>
    <message>
        <source>Wrote the report to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>Wrote the report to {path} and {n} diagrams beside it</source>
        <translation>Rapport écrit dans {path}, avec {n} diagrammes à côté</translation>
    </message>
    <message>
        <source>Add a row below (Ctrl+Return or Insert)</source>
        <translation>Ajouter une ligne en dessous (Ctrl+Return ou Insert)</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Retirer la ligne (Delete)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Outdent (Ctrl+Left)</source>
        <translation>Désindenter (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Indent under the row above (Ctrl+Right)</source>
        <translation>Indenter sous la ligne précédente (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Ajouter {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Retirer {what}</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>Monter {what}</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>Descendre {what}</translation>
    </message>
    <message>
        <source>Indent {what}</source>
        <translation>Indenter {what}</translation>
    </message>
    <message>
        <source>Outdent {what}</source>
        <translation>Désindenter {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
    <message>
        <source>The disk is full: there is no room for {name} in {folder}.</source>
        <translation>Le disque est plein&#xa0;: il n’y a pas de place pour {name} dans {folder}.</translation>
    </message>
    <message>
        <source>Permission denied: you may not write {name} in {folder}.</source>
        <translation>Permission refusée&#xa0;: vous n’avez pas le droit d’écrire {name} dans {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>Le dossier {folder} n’existe plus.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} est un dossier.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>Impossible d’écrire {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened it.</source>
        <translation>{name} a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>{name} was deleted or moved by another program since you opened it.</source>
        <translation>{name} a été supprimé ou déplacé par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, or cancel?</source>
        <translation>Écraser avec votre version, enregistrer la vôtre sous un autre nom, ou annuler&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramètr&amp;es…</translation>
    </message>
    <message>
        <source>Grid, snap, autosave, backups, export defaults, actor notation and colours</source>
        <translation>Grille, magnétisme, enregistrement automatique, sauvegardes, export par défaut, notation des acteurs et couleurs</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Select the next / previous element</source>
        <translation>Sélectionner l’élément suivant / précédent</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Leave the canvas</source>
        <translation>Quitter la zone de dessin</translation>
    </message>
    <message>
        <source>Tab on the last element</source>
        <translation>Tab sur le dernier élément</translation>
    </message>
    <message>
        <source>Edit the selection&apos;s properties</source>
        <translation>Modifier les propriétés de la sélection</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Place the chosen element in the middle</source>
        <translation>Placer l’élément choisi au milieu</translation>
    </message>
    <message>
        <source>Enter (after its key)</source>
        <translation>Enter (après sa touche)</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Déplacer la sélection</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: big steps)</source>
        <translation>Touches fléchées (Shift&#xa0;: grands pas)</translation>
    </message>
    <message>
        <source>Cancel the tool or the drag; clear the selection</source>
        <translation>Annuler l’outil ou le glissement&#x202f;; vider la sélection</translation>
    </message>
    <message>
        <source>Next / previous diagram</source>
        <translation>Diagramme suivant / précédent</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Faire défiler</translation>
    </message>
    <message>
        <source>Space + drag, or the middle mouse button</source>
        <translation>Space + glisser, ou le bouton central de la souris</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + molette de la souris</translation>
    </message>
    <message>
        <source>Place freely, off the grid</source>
        <translation>Placer librement, hors de la grille</translation>
    </message>
    <message>
        <source>Alt while dragging</source>
        <translation>Alt pendant le glissement</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>This diagram</source>
        <translation>Ce diagramme</translation>
    </message>
    <message>
        <source>Every diagram, one after the other</source>
        <translation>Tous les diagrammes, l’un après l’autre</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>Écran large (16:9)</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>Standard (4:3)</translation>
    </message>
    <message>
        <source>Editable shapes, lines glued to them</source>
        <translation>Formes modifiables, lignes attachées</translation>
    </message>
    <message>
        <source>A picture (PNG, with SVG for newer Office)</source>
        <translation>Une image (PNG, avec SVG pour les versions récentes d’Office)</translation>
    </message>
    <message>
        <source>Whole, on one slide</source>
        <translation>En entier, sur une diapositive</translation>
    </message>
    <message>
        <source>Built up: actors, use cases, include and extend, notes</source>
        <translation>Par étapes&#xa0;: acteurs, cas d’utilisation, inclusions et extensions, commentaires</translation>
    </message>
    <message>
        <source>One journey stage at a time</source>
        <translation>Une phase du parcours à la fois</translation>
    </message>
    <message>
        <source>One use case at a time, the rest faded</source>
        <translation>Un cas d’utilisation à la fois, le reste estompé</translation>
    </message>
    <message>
        <source>&amp;Diagrams:</source>
        <translation>&amp;Diagrammes&#xa0;:</translation>
    </message>
    <message>
        <source>Slide &amp;size:</source>
        <translation>&amp;Format des diapositives&#xa0;:</translation>
    </message>
    <message>
        <source>Diagrams &amp;as:</source>
        <translation>Diagrammes &amp;sous forme de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tell each diagram:</source>
        <translation>&amp;Présenter chaque diagramme&#xa0;:</translation>
    </message>
    <message>
        <source>Edit &amp;Specification…</source>
        <translation>Modifier la &amp;spécification…</translation>
    </message>
    <message>
        <source>Write the goal, steps and conditions of the selected use case</source>
        <translation>Rédiger l’objectif, les étapes et les conditions du cas d’utilisation sélectionné</translation>
    </message>
    <message>
        <source>Edit Specification…</source>
        <translation>Modifier la spécification…</translation>
    </message>
    <message>
        <source>Write the goal, steps and conditions of this use case</source>
        <translation>Rédiger l’objectif, les étapes et les conditions de ce cas d’utilisation</translation>
    </message>
    <message>
        <source>Select one use case to edit its specification.</source>
        <translation>Sélectionnez un seul cas d’utilisation pour modifier sa spécification.</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copier comme texte</translation>
    </message>
    <message>
        <source>Copy the specification as plain text, to paste into a document</source>
        <translation>Copier la spécification en texte brut, à coller dans un document</translation>
    </message>
    <message>
        <source>Specification of “{name}”</source>
        <translation>Spécification de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the use case</source>
        <translation>ce cas d’utilisation</translation>
    </message>
    <message>
        <source>From the associations</source>
        <translation>D’après les associations</translation>
    </message>
    <message>
        <source>(the model has no actors)</source>
        <translation>(le modèle n’a aucun acteur)</translation>
    </message>
    <message>
        <source>Open in Larger Editor…</source>
        <translation>Ouvrir dans un éditeur plus grand…</translation>
    </message>
    <message>
        <source>Edit the specification in a window of its own</source>
        <translation>Modifier la spécification dans une fenêtre séparée</translation>
    </message>
    <message>
        <source>Change the {what} of {name}</source>
        <translation>Modifier {what} de {name}</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>l’objectif</translation>
    </message>
    <message>
        <source>Change the scope of {name}</source>
        <translation>Modifier la portée de {name}</translation>
    </message>
    <message>
        <source>summary, user goal or subfunction (or your own word)</source>
        <translation>résumé, objectif utilisateur ou sous-fonction (ou votre propre terme)</translation>
    </message>
    <message>
        <source>Change the level of {name}</source>
        <translation>Modifier le niveau de {name}</translation>
    </message>
    <message>
        <source>Primary actors</source>
        <translation>Acteurs principaux</translation>
    </message>
    <message>
        <source>Supporting actors</source>
        <translation>Acteurs secondaires</translation>
    </message>
    <message>
        <source>Change the supporting actors of {name}</source>
        <translation>Modifier les acteurs secondaires de {name}</translation>
    </message>
    <message>
        <source>Stakeholders and interests</source>
        <translation>Parties prenantes et intérêts</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Précondition</translation>
    </message>
    <message>
        <source>precondition</source>
        <translation>la précondition</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>le déclencheur</translation>
    </message>
    <message>
        <source>Main success scenario</source>
        <translation>Scénario nominal</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Postconditions (expected outcome)</source>
        <translation>Postconditions (résultat attendu)</translation>
    </message>
    <message>
        <source>postcondition</source>
        <translation>la postcondition</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Règles métier</translation>
    </message>
    <message>
        <source>business rule</source>
        <translation>la règle métier</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>open issue</source>
        <translation>la question ouverte</translation>
    </message>
    <message>
        <source>the system under design</source>
        <translation>le système étudié</translation>
    </message>
    <message>
        <source>Change the primary actors of {name}</source>
        <translation>Modifier les acteurs principaux de {name}</translation>
    </message>
    <message>
        <source>Use the Associated Actors</source>
        <translation>Utiliser les acteurs associés</translation>
    </message>
    <message>
        <source>Take the primary actors from the associations again</source>
        <translation>Reprendre les acteurs principaux des associations</translation>
    </message>
    <message>
        <source>Take the primary actors of {name} from the associations</source>
        <translation>Reprendre des associations les acteurs principaux de {name}</translation>
    </message>
    <message>
        <source>Shown from the associations until you choose.</source>
        <translation>Affichés d’après les associations tant que vous n’en choisissez pas.</translation>
    </message>
    <message>
        <source>Chosen here; the associations are not followed.</source>
        <translation>Choisis ici&#x202f;; les associations ne sont pas suivies.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>la partie prenante</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>step</source>
        <translation>l’étape</translation>
    </message>
    <message>
        <source>Add an extension of the current step (Ctrl+Return)</source>
        <translation>Ajouter une extension à l’étape courante (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Remove the extension (Delete)</source>
        <translation>Retirer l’extension (Delete)</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>l’extension</translation>
    </message>
    <message>
        <source>Branches from step</source>
        <translation>Étape de départ de l’extension</translation>
    </message>
    <message>
        <source>At step</source>
        <translation>À l’étape</translation>
    </message>
    <message>
        <source>Condition of the extension</source>
        <translation>Condition de l’extension</translation>
    </message>
    <message>
        <source>what happens otherwise, e.g. “The card is refused”</source>
        <translation>ce qui se passe sinon, p. ex. «&#xa0;La carte est refusée&#xa0;»</translation>
    </message>
    <message>
        <source>Extension point</source>
        <translation>Point d’extension</translation>
    </message>
    <message>
        <source>The extension point of the use case at this place, for an «extend» to target</source>
        <translation>Le point d’extension du cas d’utilisation à cet endroit, ciblé par un «extend»</translation>
    </message>
    <message>
        <source>Steps of the extension</source>
        <translation>Étapes de l’extension</translation>
    </message>
    <message>
        <source>extension {label} of {name}</source>
        <translation>l’extension {label} de {name}</translation>
    </message>
    <message>
        <source>* any step</source>
        <translation>* toute étape</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New extension point…</source>
        <translation>Nouveau point d’extension…</translation>
    </message>
    <message>
        <source>Add extension {label} to {name}</source>
        <translation>Ajouter l’extension {label} à {name}</translation>
    </message>
    <message>
        <source>Tie {what} to another step</source>
        <translation>Rattacher {what} à une autre étape</translation>
    </message>
    <message>
        <source>Change the condition of {what}</source>
        <translation>Modifier la condition de {what}</translation>
    </message>
    <message>
        <source>Tie {what} to an extension point</source>
        <translation>Rattacher {what} à un point d’extension</translation>
    </message>
    <message>
        <source>New extension point</source>
        <translation>Nouveau point d’extension</translation>
    </message>
    <message>
        <source>Name of the extension point:</source>
        <translation>Nom du point d’extension&#xa0;:</translation>
    </message>
    <message>
        <source>Create extension point “{point}” in {name}</source>
        <translation>Créer le point d’extension «&#xa0;{point}&#xa0;» dans {name}</translation>
    </message>
    <message>
        <source>Post-purchase support</source>
        <translation>Service après-vente</translation>
    </message>
    <message>
        <source>Delivery, getting started, problems, resolution and loyalty: tracking, returns, support and refunds, with the customer&apos;s emotion at each step.</source>
        <translation>Livraison, prise en main, problèmes, résolution et fidélisation&#xa0;: suivi, retours, assistance et remboursements, avec l’émotion du client à chaque étape.</translation>
    </message>
    <message>
        <source>Intent phase (online shop)</source>
        <translation>Phase d’intention (boutique en ligne)</translation>
    </message>
    <message>
        <source>From a need to the decision to buy: search, browse, compare, reviews and recommendations, with conversion KPIs.</source>
        <translation>Du besoin à la décision d’achat&#xa0;: recherche, navigation, comparaison, avis et recommandations, avec des KPI de conversion.</translation>
    </message>
    <message>
        <source>Full customer journey</source>
        <translation>Parcours client complet</translation>
    </message>
    <message>
        <source>Awareness to advocacy in five stages, with specifications of the main use cases and a KPI in each balanced-scorecard perspective.</source>
        <translation>De la découverte à la recommandation en cinq phases, avec les spécifications des principaux cas d’utilisation et un KPI dans chaque perspective du tableau de bord prospectif.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vierge</translation>
    </message>
    <message>
        <source>The five default stages as lanes on an empty diagram.</source>
        <translation>Les cinq phases par défaut comme couloirs sur un diagramme vide.</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nouveau d’après un modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles de document</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>New document from the template “{name}”</source>
        <translation>Nouveau document d’après le modèle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau d’après un mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Start from a customer journey template</source>
        <translation>Partir d’un modèle de parcours client</translation>
    </message>
    <message>
        <source>Paste &amp;Table or PlantUML</source>
        <translation>Coller un ta&amp;bleau ou du PlantUML</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (actor, use case, relationship, target, stage…) or PlantUML text</source>
        <translation>Ajouter les lignes copiées d’un tableur (acteur, cas d’utilisation, relation, cible, phase…) ou du texte PlantUML</translation>
    </message>
    <message>
        <source>Import &amp;PlantUML…</source>
        <translation>Importer du &amp;PlantUML…</translation>
    </message>
    <message>
        <source>Open a PlantUML use case diagram as a new document</source>
        <translation>Ouvrir un diagramme de cas d’utilisation PlantUML comme nouveau document</translation>
    </message>
    <message>
        <source>Export Plant&amp;UML…</source>
        <translation>Exporter en Plant&amp;UML…</translation>
    </message>
    <message>
        <source>Write the model as PlantUML use case text</source>
        <translation>Écrire le modèle sous forme de texte PlantUML de cas d’utilisation</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Rien à coller</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Coller un tableau</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>Impossible de coller</translation>
    </message>
    <message>
        <source>{created} elements added, {reused} reused, {relationships} relationships</source>
        <translation>{created} éléments ajoutés, {reused} réutilisés, {relationships} relations</translation>
    </message>
    <message>
        <source>Some rows could not be used</source>
        <translation>Certaines lignes n’ont pas pu être utilisées</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Import PlantUML</source>
        <translation>Importer du PlantUML</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Impossible d’importer le fichier</translation>
    </message>
    <message>
        <source>Imported {summary}</source>
        <translation>Importé&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Some lines could not be used</source>
        <translation>Certaines lignes n’ont pas pu être utilisées</translation>
    </message>
    <message>
        <source>Export PlantUML</source>
        <translation>Exporter en PlantUML</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <source>Written as PlantUML to {path}</source>
        <translation>Écrit en PlantUML dans {path}</translation>
    </message>
    <message>
        <source>A document not saved yet</source>
        <translation>Un document pas encore enregistré</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Open a model from another tool: XMI, MagicDraw/Cameo .mdzip, ArgoUML .zargo, StarUML .mdj, draw.io drawings</source>
        <translation>Ouvrir un modèle d’un autre outil&#xa0;: XMI, MagicDraw/Cameo .mdzip, ArgoUML .zargo, StarUML .mdj, dessins draw.io</translation>
    </message>
    <message>
        <source>Export &amp;XMI…</source>
        <translation>Exporter en &amp;XMI…</translation>
    </message>
    <message>
        <source>Write the model as XMI for other UML tools</source>
        <translation>Écrire le modèle en XMI pour d’autres outils UML</translation>
    </message>
    <message>
        <source>Export &amp;StarUML…</source>
        <translation>Exporter en S&amp;tarUML…</translation>
    </message>
    <message>
        <source>Write the model as a StarUML project (.mdj), diagrams included</source>
        <translation>Écrire le modèle sous forme de projet StarUML (.mdj), diagrammes compris</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation>Limites du système</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetages</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Inclusions</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Generalizations</source>
        <translation>Généralisations</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Comment links</source>
        <translation>Liens de commentaire</translation>
    </message>
    <message>
        <source>Extension points</source>
        <translation>Points d’extension</translation>
    </message>
    <message>
        <source>Diagrams read from the file</source>
        <translation>Diagrammes lus dans le fichier</translation>
    </message>
    <message>
        <source>Shapes placed on them</source>
        <translation>Formes placées dessus</translation>
    </message>
    <message>
        <source>Diagrams laid out automatically</source>
        <translation>Diagrammes disposés automatiquement</translation>
    </message>
    <message>
        <source>References to other files</source>
        <translation>Références à d’autres fichiers</translation>
    </message>
    <message>
        <source>XMI files</source>
        <translation>Fichiers XMI</translation>
    </message>
    <message>
        <source>MagicDraw / Cameo projects</source>
        <translation>Projets MagicDraw / Cameo</translation>
    </message>
    <message>
        <source>ArgoUML projects</source>
        <translation>Projets ArgoUML</translation>
    </message>
    <message>
        <source>StarUML projects</source>
        <translation>Projets StarUML</translation>
    </message>
    <message>
        <source>draw.io drawings</source>
        <translation>Dessins draw.io</translation>
    </message>
    <message>
        <source>Models of other tools ({patterns})</source>
        <translation>Modèles d’autres outils ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <source>Eclipse UML2 / Papyrus (*.uml)</source>
        <translation>Eclipse UML2 / Papyrus (*.uml)</translation>
    </message>
    <message>
        <source>OMG XMI 2.5.1 (*.xmi)</source>
        <translation>OMG XMI 2.5.1 (*.xmi)</translation>
    </message>
    <message>
        <source>Enterprise Architect XMI 2.1 (*.xmi)</source>
        <translation>Enterprise Architect XMI 2.1 (*.xmi)</translation>
    </message>
    <message>
        <source>Export XMI</source>
        <translation>Exporter en XMI</translation>
    </message>
    <message>
        <source>Cannot export XMI</source>
        <translation>Impossible d’exporter en XMI</translation>
    </message>
    <message>
        <source>Export StarUML project</source>
        <translation>Exporter un projet StarUML</translation>
    </message>
    <message>
        <source>StarUML projects (*.mdj)</source>
        <translation>Projets StarUML (*.mdj)</translation>
    </message>
    <message>
        <source>Cannot export StarUML project</source>
        <translation>Impossible d’exporter le projet StarUML</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>redimensionné</translation>
    </message>
    <message>
        <source>restyled</source>
        <translation>style modifié</translation>
    </message>
    <message>
        <source>rerouted</source>
        <translation>retracé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>1 pain point</source>
        <translation>1 point de friction</translation>
    </message>
    <message>
        <source>{n} pain points</source>
        <translation>{n} points de friction</translation>
    </message>
    <message>
        <source>Customer emotion: {value} ({meaning})</source>
        <translation>Émotion du client&#xa0;: {value} ({meaning})</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>Ajouter un point de coude</translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation>Déplacer le point de coude</translation>
    </message>
    <message>
        <source>Move condition note</source>
        <translation>Déplacer la note de condition</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <source>Release on the element this end should go to.</source>
        <translation>Relâchez sur l’élément auquel cette extrémité doit aboutir.</translation>
    </message>
    <message>
        <source>Release to reconnect the line here.</source>
        <translation>Relâchez pour reconnecter la ligne ici.</translation>
    </message>
    <message>
        <source>Reconnect {what}</source>
        <translation>Reconnecter {what}</translation>
    </message>
    <message>
        <source>Select: click an element, drag to move it, drag on empty canvas to select several; double-click or F2 renames.</source>
        <translation>Sélection&#xa0;: cliquez sur un élément, faites-le glisser pour le déplacer, glissez sur une zone vide pour en sélectionner plusieurs&#x202f;; double-clic ou F2 pour renommer.</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>Supprimer le point de coude</translation>
    </message>
    <message>
        <source>Click on the diagram to place {a_kind}, or press Enter to place it in the middle (Esc cancels).</source>
        <translation>Cliquez sur le diagramme pour placer {a_kind}, ou appuyez sur Enter pour le placer au milieu (Esc pour annuler).</translation>
    </message>
    <message>
        <source>Draw {a_kind}: press on the element it starts from, drag to the other one and release (Esc cancels).</source>
        <translation>Tracer {a_kind}&#xa0;: appuyez sur l’élément de départ, faites glisser jusqu’à l’autre et relâchez (Esc pour annuler).</translation>
    </message>
    <message>
        <source>Release to draw the {kind} to {target}.</source>
        <translation>Relâchez pour tracer le lien ({kind}) vers {target}.</translation>
    </message>
    <message>
        <source>Drag to the element the line should go to.</source>
        <translation>Faites glisser jusqu’à l’élément où la ligne doit aboutir.</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab select the elements one by one; Enter edits the properties, F2 renames, the arrow keys move, Delete removes from the diagram.</source>
        <translation>Tab et Shift+Tab sélectionnent les éléments un par un&#x202f;; Enter modifie les propriétés, F2 renomme, les flèches déplacent, Delete retire du diagramme.</translation>
    </message>
    <message>
        <source>Diagram canvas</source>
        <translation>Zone de dessin du diagramme</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Already on this diagram.</source>
        <translation>Déjà sur ce diagramme.</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>Ajout&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Added the {kind}: {what}.</source>
        <translation>Ajouté ({kind})&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Selected: {what}.</source>
        <translation>Sélection&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>{n} elements selected.</source>
        <translation>{n} éléments sélectionnés.</translation>
    </message>
    <message>
        <source>{what} ({n} of {count}). Enter: properties, F2: rename, arrows: move.</source>
        <translation>{what} ({n} sur {count}). Enter&#xa0;: propriétés, F2&#xa0;: renommer, flèches&#xa0;: déplacer.</translation>
    </message>
    <message>
        <source>Select exactly two elements: the line goes from the first to the second.</source>
        <translation>Sélectionnez exactement deux éléments&#xa0;: la ligne va du premier au second.</translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>{n} elements</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>Move {what}</source>
        <translation>Déplacer {what}</translation>
    </message>
    <message>
        <source>Resize {name}</source>
        <translation>Redimensionner {name}</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Renommer {name}</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>{n} met</source>
        <translation>{n} atteint(s)</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation>{n} manqué(s)</translation>
    </message>
    <message>
        <source>{n} not measured</source>
        <translation>{n} non mesuré(s)</translation>
    </message>
    <message>
        <source>⚠ pain points, no use case</source>
        <translation>⚠ points de friction, aucun cas d’utilisation</translation>
    </message>
    <message>
        <source>1 empty cell.</source>
        <translation>1 cellule vide.</translation>
    </message>
    <message>
        <source>{n} empty cells.</source>
        <translation>{n} cellules vides.</translation>
    </message>
    <message>
        <source>Pain points but no use case: {stages}.</source>
        <translation>Points de friction mais aucun cas d’utilisation&#xa0;: {stages}.</translation>
    </message>
    <message>
        <source>Every stage has a use case for every actor.</source>
        <translation>Chaque phase a un cas d’utilisation pour chaque acteur.</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Parcours client</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut, mieux c’est</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, mieux c’est</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Courbe d’émotion</translation>
    </message>
    <message>
        <source>no emotion set</source>
        <translation>aucune émotion définie</translation>
    </message>
    <message>
        <source>The mean emotion of the use cases in each stage (−2 to +2); ! marks the pain points.</source>
        <translation>L’émotion moyenne des cas d’utilisation de chaque phase (−2 à +2)&#x202f;; «&#xa0;!&#xa0;» signale les points de friction.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>1 use case</source>
        <translation>1 cas d’utilisation</translation>
    </message>
    <message>
        <source>{n} use cases</source>
        <translation>{n} cas d’utilisation</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 acteur</translation>
    </message>
    <message>
        <source>{n} actors</source>
        <translation>{n} acteurs</translation>
    </message>
    <message>
        <source>1 diagram</source>
        <translation>1 diagramme</translation>
    </message>
    <message>
        <source>{n} diagrams</source>
        <translation>{n} diagrammes</translation>
    </message>
    <message>
        <source>1 specification</source>
        <translation>1 spécification</translation>
    </message>
    <message>
        <source>{n} specifications</source>
        <translation>{n} spécifications</translation>
    </message>
    <message>
        <source>Made with ucdesigner {version}</source>
        <translation>Créé avec ucdesigner {version}</translation>
    </message>
    <message>
        <source>Made with ucdesigner {version} on {date}</source>
        <translation>Créé avec ucdesigner {version} le {date}</translation>
    </message>
    <message>
        <source>Use case model</source>
        <translation>Modèle de cas d’utilisation</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Included by</source>
        <translation>Inclus par</translation>
    </message>
    <message>
        <source>Extended by</source>
        <translation>Étendu par</translation>
    </message>
    <message>
        <source>Specialises</source>
        <translation>Spécialise</translation>
    </message>
    <message>
        <source>Specialised by</source>
        <translation>Spécialisé par</translation>
    </message>
    <message>
        <source>No steps written yet.</source>
        <translation>Aucune étape rédigée pour l’instant.</translation>
    </message>
    <message>
        <source>A kind of</source>
        <translation>Une sorte de</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Participe à</translation>
    </message>
    <message>
        <source>no use case</source>
        <translation>aucun cas d’utilisation</translation>
    </message>
    <message>
        <source>P: primary actor · S: supporting actor · ●: associated</source>
        <translation>P&#xa0;: acteur principal · S&#xa0;: acteur secondaire · ●&#xa0;: associé</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>acteur principal</translation>
    </message>
    <message>
        <source>supporting actor</source>
        <translation>acteur secondaire</translation>
    </message>
    <message>
        <source>associated</source>
        <translation>associé</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Matrice de traçabilité</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {notes} notes.</source>
        <translation>{errors} erreurs, {warnings} avertissements, {notes} remarques.</translation>
    </message>
    <message>
        <source>No problems found: every model check passed.</source>
        <translation>Aucun problème trouvé&#xa0;: toutes les vérifications du modèle ont réussi.</translation>
    </message>
    <message>
        <source>Checks switched off for this document: {codes}.</source>
        <translation>Vérifications désactivées pour ce document&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>Model check results</source>
        <translation>Résultats des vérifications du modèle</translation>
    </message>
    <message>
        <source>This diagram is empty.</source>
        <translation>Ce diagramme est vide.</translation>
    </message>
    <message>
        <source>No use cases on this slide.</source>
        <translation>Aucun cas d’utilisation sur cette diapositive.</translation>
    </message>
    <message>
        <source>Use cases on this slide:</source>
        <translation>Cas d’utilisation sur cette diapositive&#xa0;:</translation>
    </message>
    <message>
        <source>(no goal written yet)</source>
        <translation>(aucun objectif rédigé pour l’instant)</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Qui participe</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Aucune phase</translation>
    </message>
    <message>
        <source> (unlinks the scenario extension {conditions})</source>
        <translation> (détache l’extension de scénario {conditions})</translation>
    </message>
    <message>
        <source>merge two changed versions of a .ucd file with their common base (git merge driver)</source>
        <translation>fusionner deux versions modifiées d’un fichier .ucd avec leur base commune (pilote de fusion git)</translation>
    </message>
    <message>
        <source>the common ancestor (git: %%O)</source>
        <translation>l’ancêtre commun (git&#xa0;: %%O)</translation>
    </message>
    <message>
        <source>our version, written over (git: %%A)</source>
        <translation>notre version, écrasée (git&#xa0;: %%A)</translation>
    </message>
    <message>
        <source>their version (git: %%B)</source>
        <translation>leur version (git&#xa0;: %%B)</translation>
    </message>
    <message>
        <source>write here instead of OURS</source>
        <translation>écrire ici au lieu de OURS</translation>
    </message>
    <message>
        <source>the file&apos;s path in the repository, for messages (%%P)</source>
        <translation>le chemin du fichier dans le dépôt, pour les messages (%%P)</translation>
    </message>
    <message>
        <source> in {path}</source>
        <translation> dans {path}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>(no condition)</source>
        <translation>(aucune condition)</translation>
    </message>
    <message>
        <source>--dialect and --report apply to XMI, not to PlantUML</source>
        <translation>--dialect et --report s’appliquent au XMI, pas au PlantUML</translation>
    </message>
    <message>
        <source>--dialect applies to exports (.ucd to .xmi/.uml), not to imports</source>
        <translation>--dialect s’applique aux exports (.ucd vers .xmi/.uml), pas aux imports</translation>
    </message>
    <message>
        <source>convert XMI (.xmi .uml .xml .emx .mdxml), MagicDraw (.mdzip), ArgoUML (.zargo), StarUML (.mdj), draw.io (.drawio) and PlantUML (.puml) to .ucd documents and back</source>
        <translation>convertir XMI (.xmi .uml .xml .emx .mdxml), MagicDraw (.mdzip), ArgoUML (.zargo), StarUML (.mdj), draw.io (.drawio) et PlantUML (.puml) en documents .ucd et inversement</translation>
    </message>
    <message>
        <source>the file to read</source>
        <translation>le fichier à lire</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>import: print the import report, or write it to FILE (JSON for .json)</source>
        <translation>import&#xa0;: afficher le rapport d’importation, ou l’écrire dans FILE (JSON pour .json)</translation>
    </message>
    <message>
        <source>import: lay out every diagram automatically, even those that came with positions</source>
        <translation>import&#xa0;: disposer automatiquement chaque diagramme, même ceux qui avaient des positions</translation>
    </message>
    <message>
        <source>export: the XMI dialect (default %(standard)s)</source>
        <translation>export&#xa0;: le dialecte XMI (par défaut %(standard)s)</translation>
    </message>
    <message>
        <source>--layout applies to imports (XMI or PlantUML to .ucd), not to exports</source>
        <translation>--layout s’applique aux imports (XMI ou PlantUML vers .ucd), pas aux exports</translation>
    </message>
    <message>
        <source>--report and --dialect apply to XMI, not to StarUML exports</source>
        <translation>--report et --dialect s’appliquent au XMI, pas aux exports StarUML</translation>
    </message>
    <message>
        <source>--report applies to imports (XMI to .ucd), not to exports</source>
        <translation>--report s’applique aux imports (XMI vers .ucd), pas aux exports</translation>
    </message>
    <message>
        <source>--selection-ids applies to pictures, not to slides</source>
        <translation>--selection-ids s’applique aux images, pas aux diapositives</translation>
    </message>
    <message>
        <source>--selection-ids needs exactly one diagram (-d NAME)</source>
        <translation>--selection-ids nécessite exactement un diagramme (-d NAME)</translation>
    </message>
    <message>
        <source>export diagrams as SVG, PNG or PDF pictures, or as PowerPoint slides (no display needed)</source>
        <translation>exporter les diagrammes en images SVG, PNG ou PDF, ou en diapositives PowerPoint (sans écran)</translation>
    </message>
    <message>
        <source>a diagram&apos;s name or id (repeat for several); default: the only diagram</source>
        <translation>nom ou identifiant d’un diagramme (à répéter pour plusieurs)&#x202f;; par défaut&#xa0;: le seul diagramme</translation>
    </message>
    <message>
        <source>every diagram, one file each</source>
        <translation>tous les diagrammes, un fichier chacun</translation>
    </message>
    <message>
        <source>picture format, or pptx for slides (default: from the suffix of -o, else png)</source>
        <translation>format d’image, ou pptx pour des diapositives (par défaut&#xa0;: d’après l’extension de -o, sinon png)</translation>
    </message>
    <message>
        <source>the file to write; a folder with --all or several -d (default: the current folder, files named after the diagrams)</source>
        <translation>le fichier à écrire&#x202f;; un dossier avec --all ou plusieurs -d (par défaut&#xa0;: le dossier courant, fichiers nommés d’après les diagrammes)</translation>
    </message>
    <message>
        <source>PNG pixels per diagram pixel (default 2)</source>
        <translation>pixels PNG par pixel du diagramme (par défaut 2)</translation>
    </message>
    <message>
        <source>PNG resolution (2x = 192 dpi)</source>
        <translation>résolution PNG (2x = 192 dpi)</translation>
    </message>
    <message>
        <source>default white</source>
        <translation>par défaut&#xa0;: white</translation>
    </message>
    <message>
        <source>space around (default 20)</source>
        <translation>marge autour (par défaut 20)</translation>
    </message>
    <message>
        <source>draw the UML diagram frame (uc [name]) around each picture</source>
        <translation>dessiner le cadre de diagramme UML (uc [nom]) autour de chaque image</translation>
    </message>
    <message>
        <source>no frame, whatever the diagram&apos;s setting (default: as the diagram says)</source>
        <translation>pas de cadre, quel que soit le réglage du diagramme (par défaut&#xa0;: selon le diagramme)</translation>
    </message>
    <message>
        <source>slides (-o deck.pptx)</source>
        <translation>diapositives (-o deck.pptx)</translation>
    </message>
    <message>
        <source>default 16:9</source>
        <translation>par défaut&#xa0;: 16:9</translation>
    </message>
    <message>
        <source>editable shapes glued by connectors (default), or a picture per slide</source>
        <translation>formes modifiables reliées par des connecteurs (par défaut), ou une image par diapositive</translation>
    </message>
    <message>
        <source>several slides per diagram: reveal it step by step, one journey stage at a time, or one use case at a time; with -f png|svg, numbered pictures in a folder</source>
        <translation>plusieurs diapositives par diagramme&#xa0;: le révéler pas à pas, une phase du parcours à la fois, ou un cas d’utilisation à la fois&#x202f;; avec -f png|svg, des images numérotées dans un dossier</translation>
    </message>
    <message>
        <source>only these elements and relationships (one diagram)</source>
        <translation>seulement ces éléments et relations (un seul diagramme)</translation>
    </message>
    <message>
        <source>--slides writes slides (.pptx) or numbered png or svg pictures</source>
        <translation>--slides écrit des diapositives (.pptx) ou des images png ou svg numérotées</translation>
    </message>
    <message>
        <source>-o {folder}: numbered pictures go to a folder, not to one file</source>
        <translation>-o {folder}&#xa0;: les images numérotées vont dans un dossier, pas dans un seul fichier</translation>
    </message>
    <message>
        <source>-o {output} ends in {suffix}, but -f asks for {format}</source>
        <translation>-o {output} se termine par {suffix}, mais -f demande {format}</translation>
    </message>
    <message>
        <source>-o {output}: say which format, with a suffix (.svg, .png, .pdf, .pptx) or -f svg|png|pdf|pptx</source>
        <translation>-o {output}&#xa0;: indiquez le format, par un suffixe (.svg, .png, .pdf, .pptx) ou par -f svg|png|pdf|pptx</translation>
    </message>
    <message>
        <source>-o {output}: {format} is not supported; write .svg, .png, .pdf or .pptx (or choose with -f svg|png|pdf|pptx)</source>
        <translation>-o {output}&#xa0;: {format} n’est pas pris en charge&#x202f;; écrivez .svg, .png, .pdf ou .pptx (ou choisissez avec -f svg|png|pdf|pptx)</translation>
    </message>
    <message>
        <source>A new language applies when ucdesigner starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de ucdesigner.</translation>
    </message>
    <message>
        <source>Actor that takes part in no use case</source>
        <translation>Acteur qui ne participe à aucun cas d’utilisation</translation>
    </message>
    <message>
        <source>Add an extension point to {target} and choose it on the «extend».</source>
        <translation>Ajoutez un point d’extension à {target} et choisissez-le sur l’«extend».</translation>
    </message>
    <message>
        <source>Add association to {actor}</source>
        <translation>Ajouter une association avec {actor}</translation>
    </message>
    <message>
        <source>Add extension point “{name}” to {target}</source>
        <translation>Ajouter le point d’extension «&#xa0;{name}&#xa0;» à {target}</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Association between two actors or use cases</source>
        <translation>Association entre deux acteurs ou deux cas d’utilisation</translation>
    </message>
    <message>
        <source>Commit .gitattributes; everyone who clones the repository runs ucdesigner git-setup once.</source>
        <translation>Validez (commit) le fichier .gitattributes&#x202f;; chaque personne qui clone le dépôt exécute une fois ucdesigner git-setup.</translation>
    </message>
    <message>
        <source>Delete it; if one actor is a kind of the other, draw a generalization instead.</source>
        <translation>Supprimez-la&#x202f;; si un acteur est une sorte de l’autre, tracez plutôt une généralisation.</translation>
    </message>
    <message>
        <source>Delete it; use «include» or «extend» to relate the two use cases.</source>
        <translation>Supprimez-la&#x202f;; utilisez «include» ou «extend» pour relier les deux cas d’utilisation.</translation>
    </message>
    <message>
        <source>&quot;{source}&quot; includes &quot;{target}&quot;</source>
        <translation>«&#xa0;{source}&#xa0;» inclut «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{source}&quot; extends &quot;{target}&quot;</source>
        <translation>«&#xa0;{source}&#xa0;» étend «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{source}&quot; specialises &quot;{target}&quot;</source>
        <translation>«&#xa0;{source}&#xa0;» spécialise «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete one of the extends in the cycle.</source>
        <translation>Supprimez l’une des extensions du cycle.</translation>
    </message>
    <message>
        <source>Delete one of the generalizations in the cycle.</source>
        <translation>Supprimez l’une des généralisations du cycle.</translation>
    </message>
    <message>
        <source>Delete one of the includes in the cycle.</source>
        <translation>Supprimez l’une des inclusions du cycle.</translation>
    </message>
    <message>
        <source>Delete the association</source>
        <translation>Supprimer l’association</translation>
    </message>
    <message>
        <source>print counts of every element and relationship kind, and the diagrams</source>
        <translation>afficher le nombre d’éléments et de relations de chaque sorte, et les diagrammes</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu du texte</translation>
    </message>
    <message>
        <source>Diagrams:</source>
        <translation>Diagrammes&#xa0;:</translation>
    </message>
    <message>
        <source>Draw an association from the actor who starts it, or include it from a use case that has one.</source>
        <translation>Tracez une association depuis l’acteur qui le déclenche, ou incluez-le depuis un cas d’utilisation qui en a un.</translation>
    </message>
    <message>
        <source>Draw an «extend» to it from the use case that extends here, or remove it.</source>
        <translation>Tracez vers lui un «extend» depuis le cas d’utilisation qui l’étend à cet endroit, ou supprimez-le.</translation>
    </message>
    <message>
        <source>Draw associations to the use cases it takes part in, or delete it if it is not needed.</source>
        <translation>Tracez des associations vers les cas d’utilisation auxquels il participe, ou supprimez-le s’il n’est pas utile.</translation>
    </message>
    <message>
        <source>Edit the specification</source>
        <translation>Modifier la spécification</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Extension point that no «extend» uses</source>
        <translation>Point d’extension qu’aucun «extend» n’utilise</translation>
    </message>
    <message>
        <source>Format: {dialect}</source>
        <translation>Format&#xa0;: {dialect}</translation>
    </message>
    <message>
        <source>Format: {dialect}, written by {exporter}</source>
        <translation>Format&#xa0;: {dialect}, écrit par {exporter}</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>Importation de {source}</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importés&#xa0;:</translation>
    </message>
    <message>
        <source>Includes, extends or generalizations that go round in a circle</source>
        <translation>Inclusions, extensions ou généralisations qui tournent en rond</translation>
    </message>
    <message>
        <source>Mapped ({count}):</source>
        <translation>Convertis ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Move into {boundary}</source>
        <translation>Déplacer dans {boundary}</translation>
    </message>
    <message>
        <source>Move it into {boundary}, or, if another system offers it, draw that system&apos;s boundary around it.</source>
        <translation>Déplacez-le dans {boundary} ou, si un autre système le fournit, tracez la limite de ce système autour de lui.</translation>
    </message>
    <message>
        <source>Name it with a verb and what it acts on, e.g. “Track Order” rather than “Order Tracking”.</source>
        <translation>Nommez-le par un verbe et ce sur quoi il agit, p. ex. «&#xa0;Suivre la commande&#xa0;» plutôt que «&#xa0;Suivi de commande&#xa0;».</translation>
    </message>
    <message>
        <source>No actor takes part in the use case {usecase}: nobody starts it or benefits from it, directly or through a use case that includes it.</source>
        <translation>Aucun acteur ne participe au cas d’utilisation {usecase}&#xa0;: personne ne le déclenche ni n’en bénéficie, directement ou par un cas d’utilisation qui l’inclut.</translation>
    </message>
    <message>
        <source>Not imported ({count}):</source>
        <translation>Non importés ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>On the diagram “{diagram}”, the use case {usecase} lies outside every system boundary, so it reads as not part of any system.</source>
        <translation>Sur le diagramme «&#xa0;{diagram}&#xa0;», le cas d’utilisation {usecase} se trouve hors de toute limite du système&#xa0;: il ne semble faire partie d’aucun système.</translation>
    </message>
    <message>
        <source>Outside use case models, not imported ({count}):</source>
        <translation>Hors des modèles de cas d’utilisation, non importés ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>Relations&#xa0;:</translation>
    </message>
    <message>
        <source>Remove extension point {point}{also}</source>
        <translation>Supprimer le point d’extension {point}{also}</translation>
    </message>
    <message>
        <source>Rename one of them, or if they are the same, keep one and show it on every diagram that needs it.</source>
        <translation>Renommez l’un d’eux ou, s’il s’agit du même, gardez-en un seul et affichez-le sur chaque diagramme qui en a besoin.</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>Renommer en «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Specification without a main scenario</source>
        <translation>Spécification sans scénario nominal</translation>
    </message>
    <message>
        <source>The actor {actor} takes part in no use case.</source>
        <translation>L’acteur {actor} ne participe à aucun cas d’utilisation.</translation>
    </message>
    <message>
        <source>The association joins two actors, {source} and {target}: associations say which actor takes part in which use case.</source>
        <translation>L’association relie deux acteurs, {source} et {target}&#xa0;: les associations indiquent quel acteur participe à quel cas d’utilisation.</translation>
    </message>
    <message>
        <source>The association joins two use cases, {source} and {target}: associations say which actor takes part in which use case.</source>
        <translation>L’association relie deux cas d’utilisation, {source} et {target}&#xa0;: les associations indiquent quel acteur participe à quel cas d’utilisation.</translation>
    </message>
    <message>
        <source>The extension point {point} of {usecase} is used by no «extend».</source>
        <translation>Le point d’extension {point} de {usecase} n’est utilisé par aucun «extend».</translation>
    </message>
    <message>
        <source>The language of menus, dialogs, model checks and reports</source>
        <translation>La langue des menus, des boîtes de dialogue, des vérifications du modèle et des rapports</translation>
    </message>
    <message>
        <source>The specification of {usecase} has no main success scenario: it does not say, step by step, how the goal is reached.</source>
        <translation>La spécification de {usecase} n’a pas de scénario nominal&#xa0;: elle ne dit pas, étape par étape, comment l’objectif est atteint.</translation>
    </message>
    <message>
        <source>The use case {usecase} does not read as something an actor does: {why}.</source>
        <translation>Le cas d’utilisation {usecase} ne se lit pas comme une action d’un acteur&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The «extend» from {source} to {target} does not say where {target} is extended: it uses no extension point.</source>
        <translation>L’«extend» de {source} vers {target} n’indique pas où {target} est étendu&#xa0;: il n’utilise aucun point d’extension.</translation>
    </message>
    <message>
        <source>The «extend» from {source} to {target} has no condition: it does not say when the extension happens.</source>
        <translation>L’«extend» de {source} vers {target} n’a pas de condition&#xa0;: il n’indique pas quand l’extension a lieu.</translation>
    </message>
    <message>
        <source>There are two {kinds} named {name}; readers of the model cannot tell them apart.</source>
        <translation>Deux {kinds} portent le nom {name}&#x202f;; les lecteurs du modèle ne peuvent pas les distinguer.</translation>
    </message>
    <message>
        <source>These extends form a cycle: {path}; extends must not go round in a circle.</source>
        <translation>Ces extensions forment un cycle&#xa0;: {path}&#x202f;; les extensions ne doivent pas tourner en rond.</translation>
    </message>
    <message>
        <source>These generalizations form a cycle: {path}; generalizations must not go round in a circle.</source>
        <translation>Ces généralisations forment un cycle&#xa0;: {path}&#x202f;; les généralisations ne doivent pas tourner en rond.</translation>
    </message>
    <message>
        <source>These includes form a cycle: {path}; includes must not go round in a circle.</source>
        <translation>Ces inclusions forment un cycle&#xa0;: {path}&#x202f;; les inclusions ne doivent pas tourner en rond.</translation>
    </message>
    <message>
        <source>Two elements of the same kind with the same name</source>
        <translation>Deux éléments du même type portant le même nom</translation>
    </message>
    <message>
        <source>Use case name that does not start with a verb</source>
        <translation>Nom de cas d’utilisation qui ne commence pas par un verbe</translation>
    </message>
    <message>
        <source>Use case outside the boundary on a diagram</source>
        <translation>Cas d’utilisation hors de la limite du système sur un diagramme</translation>
    </message>
    <message>
        <source>Use case that no actor takes part in</source>
        <translation>Cas d’utilisation auquel aucun acteur ne participe</translation>
    </message>
    <message>
        <source>Write the condition on the «extend», e.g. “the payment is refused”.</source>
        <translation>Écrivez la condition sur l’«extend», p. ex. «&#xa0;le paiement est refusé&#xa0;».</translation>
    </message>
    <message>
        <source>Write the steps of the main scenario, from the trigger to the goal.</source>
        <translation>Rédigez les étapes du scénario nominal, du déclencheur jusqu’à l’objectif.</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>associations</source>
        <translation>associations</translation>
    </message>
    <message>
        <source>cannot convert {source} to {target}: convert {imported} or PlantUML (.puml) to .ucd, or .ucd to {exported}, .mdj or .puml</source>
        <translation>impossible de convertir {source} en {target}&#xa0;: convertissez {imported} ou PlantUML (.puml) en .ucd, ou .ucd en {exported}, .mdj ou .puml</translation>
    </message>
    <message>
        <source>cannot merge{named}: {error}</source>
        <translation>impossible de fusionner{named}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>check a document: broken references, rule violations and model checks; exit 1 when an error or a warning is found</source>
        <translation>vérifier un document&#xa0;: références cassées, violations de règles et vérifications du modèle&#x202f;; code de sortie 1 si une erreur ou un avertissement est trouvé</translation>
    </message>
    <message>
        <source>a .ucd document</source>
        <translation>un document .ucd</translation>
    </message>
    <message>
        <source>print the problems as JSON</source>
        <translation>afficher les problèmes en JSON</translation>
    </message>
    <message>
        <source>report the layout of each diagram instead: overlaps, lines through shapes, crossings, colliding labels, texts outside their shape, aspect ratio</source>
        <translation>rendre compte plutôt de la disposition de chaque diagramme&#xa0;: chevauchements, lignes traversant des formes, croisements, étiquettes qui se heurtent, textes hors de leur forme, proportions</translation>
    </message>
    <message>
        <source>with --layout: also lay out each diagram&apos;s graph with Graphviz dot and print its figures beside</source>
        <translation>avec --layout&#xa0;: disposer aussi le graphe de chaque diagramme avec Graphviz dot et afficher ses chiffres à côté</translation>
    </message>
    <message>
        <source>also run the checks the document switches off</source>
        <translation>exécuter aussi les vérifications que le document désactive</translation>
    </message>
    <message>
        <source>leave out a model check (repeatable): %(checks)s</source>
        <translation>omettre une vérification du modèle (répétable)&#xa0;: %(checks)s</translation>
    </message>
    <message>
        <source>check: --compare-dot goes with --layout</source>
        <translation>check&#xa0;: --compare-dot va avec --layout</translation>
    </message>
    <message>
        <source>check: unknown check {check!r} (known: {checks})</source>
        <translation>check&#xa0;: vérification inconnue {check!r} (connues&#xa0;: {checks})</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>comment link</source>
        <translation>lien de commentaire</translation>
    </message>
    <message>
        <source>comment links</source>
        <translation>liens de commentaire</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dépendances</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>dépendance</translation>
    </message>
    <message>
        <source>diagram “{diagram}”</source>
        <translation>diagramme «&#xa0;{diagram}&#xa0;»</translation>
    </message>
    <message>
        <source>diagrams laid out automatically</source>
        <translation>diagrammes disposés automatiquement</translation>
    </message>
    <message>
        <source>diagrams read from the file</source>
        <translation>diagrammes lus dans le fichier</translation>
    </message>
    <message>
        <source>package &quot;{name}&quot;</source>
        <translation>paquetage «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>holds no actors, use cases or system boundaries, in it or in its packages</source>
        <translation>ne contient aucun acteur, cas d’utilisation ni limite du système, ni directement ni dans ses paquetages</translation>
    </message>
    <message>
        <source>a tool&apos;s folder, not a package of the model: its content moved up</source>
        <translation>un dossier de l’outil, pas un paquetage du modèle&#xa0;: son contenu est remonté d’un niveau</translation>
    </message>
    <message>
        <source>has a value this editor cannot hold ({place}: {problem})</source>
        <translation>a une valeur que cet éditeur ne peut pas contenir ({place}&#xa0;: {problem})</translation>
    </message>
    <message>
        <source>its name has {length} characters; cut to the first {limit}</source>
        <translation>son nom a {length} caractères&#x202f;; réduit aux {limit} premiers</translation>
    </message>
    <message>
        <source>system boundary (marked as a system boundary by the tool)</source>
        <translation>limite du système (marquée comme limite du système par l’outil)</translation>
    </message>
    <message>
        <source>system boundary (named as the subject of use cases)</source>
        <translation>limite du système (désignée comme sujet de cas d’utilisation)</translation>
    </message>
    <message>
        <source>specification of {element}</source>
        <translation>spécification de {element}</translation>
    </message>
    <message>
        <source>read from its text</source>
        <translation>lue depuis son texte</translation>
    </message>
    <message>
        <source>subject {subject} of use case {name}</source>
        <translation>limite du système {subject} du cas d’utilisation {name}</translation>
    </message>
    <message>
        <source>is not in this file or not a classifier</source>
        <translation>n’est pas dans ce fichier ou n’est pas un classificateur</translation>
    </message>
    <message>
        <source>comment {text}</source>
        <translation>commentaire {text}</translation>
    </message>
    <message>
        <source>documentation of the relationship it annotates</source>
        <translation>documentation de la relation qu’il annote</translation>
    </message>
    <message>
        <source>annotates only relationships or elements outside the use case model</source>
        <translation>n’annote que des relations ou des éléments hors du modèle de cas d’utilisation</translation>
    </message>
    <message>
        <source>has a missing end</source>
        <translation>a une extrémité manquante</translation>
    </message>
    <message>
        <source>refers to {end}, defined in another file</source>
        <translation>fait référence à {end}, défini dans un autre fichier</translation>
    </message>
    <message>
        <source>joins {end}, which is not part of a use case model</source>
        <translation>relie {end}, qui ne fait pas partie d’un modèle de cas d’utilisation</translation>
    </message>
    <message>
        <source>refers to {end}, which is not in this file</source>
        <translation>fait référence à {end}, qui n’est pas dans ce fichier</translation>
    </message>
    <message>
        <source>refers to {kind} &quot;{name}&quot;, defined in another file</source>
        <translation>fait référence à {kind} «&#xa0;{name}&#xa0;», défini dans un autre fichier</translation>
    </message>
    <message>
        <source>joins {kind} &quot;{name}&quot; (in another file)</source>
        <translation>relie {kind} «&#xa0;{name}&#xa0;» (dans un autre fichier)</translation>
    </message>
    <message>
        <source>joins {kind} &quot;{name}&quot;, which is not part of a use case model</source>
        <translation>relie {kind} «&#xa0;{name}&#xa0;», qui ne fait pas partie d’un modèle de cas d’utilisation</translation>
    </message>
    <message>
        <source>{kind} (a {metaclass} marked «{kind}»)</source>
        <translation>{kind} (un {metaclass} marqué «{kind}»)</translation>
    </message>
    <message>
        <source>joins an element that was not imported</source>
        <translation>relie un élément qui n’a pas été importé</translation>
    </message>
    <message>
        <source>extension point {point} of {what}</source>
        <translation>point d’extension {point} de {what}</translation>
    </message>
    <message>
        <source>is not an extension point of the extended use case</source>
        <translation>n’est pas un point d’extension du cas d’utilisation étendu</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; not kept: the tool writes it on every include and extend</source>
        <translation>nom «&#xa0;{name}&#xa0;» non conservé&#xa0;: l’outil l’écrit sur chaque inclusion et extension</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; not kept: the tool made it from the end names</source>
        <translation>nom «&#xa0;{name}&#xa0;» non conservé&#xa0;: l’outil l’a formé à partir des noms des extrémités</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... et {count} autres</translation>
    </message>
    <message>
        <source>element</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>extends</source>
        <translation>extensions</translation>
    </message>
    <message>
        <source>extension points</source>
        <translation>points d’extension</translation>
    </message>
    <message>
        <source>generalization</source>
        <translation>généralisation</translation>
    </message>
    <message>
        <source>generalizations</source>
        <translation>généralisations</translation>
    </message>
    <message>
        <source>let git merge and diff .ucd files with ucdesigner (in the current repository)</source>
        <translation>faire fusionner et comparer les fichiers .ucd par git avec ucdesigner (dans le dépôt courant)</translation>
    </message>
    <message>
        <source>how git should start ucdesigner (default: this Python running ucdesigner)</source>
        <translation>comment git doit lancer ucdesigner (par défaut&#xa0;: ce Python exécutant ucdesigner)</translation>
    </message>
    <message>
        <source>git is not installed (or not on PATH)</source>
        <translation>git n’est pas installé (ou n’est pas dans le PATH)</translation>
    </message>
    <message>
        <source>git {command} did not answer within a minute</source>
        <translation>git {command} n’a pas répondu en une minute</translation>
    </message>
    <message>
        <source>give either -d DIAGRAM or --all, not both</source>
        <translation>indiquez soit -d DIAGRAM, soit --all, pas les deux</translation>
    </message>
    <message>
        <source>include</source>
        <translation>inclusion</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>inclusions</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>il n’a pas de nom</translation>
    </message>
    <message>
        <source>it reads as a noun phrase</source>
        <translation>il se lit comme un groupe nominal</translation>
    </message>
    <message>
        <source>it starts with “{word}”, not with a verb</source>
        <translation>il commence par «&#xa0;{word}&#xa0;», pas par un verbe</translation>
    </message>
    <message>
        <source>layout: no diagram named {name!r} (diagrams: {known})</source>
        <translation>layout&#xa0;: aucun diagramme nommé {name!r} (diagrammes&#xa0;: {known})</translation>
    </message>
    <message>
        <source>layout: the output must be a .ucd file, not {output}</source>
        <translation>layout&#xa0;: la sortie doit être un fichier .ucd, pas {output}</translation>
    </message>
    <message>
        <source>layout: {count} diagrams are named {name!r}; give its id</source>
        <translation>layout&#xa0;: {count} diagrammes s’appellent {name!r}&#x202f;; indiquez son identifiant</translation>
    </message>
    <message>
        <source>lay out diagrams automatically (shapes marked Keep Position stay) and save the result</source>
        <translation>disposer automatiquement les diagrammes (les formes dont la position est figée restent) et enregistrer le résultat</translation>
    </message>
    <message>
        <source>the .ucd to write</source>
        <translation>le fichier .ucd à écrire</translation>
    </message>
    <message>
        <source>a diagram&apos;s name or id (repeat for several); default: every diagram</source>
        <translation>nom ou identifiant d’un diagramme (à répéter pour plusieurs)&#x202f;; par défaut&#xa0;: tous les diagrammes</translation>
    </message>
    <message>
        <source>reading direction: left to right or top to bottom; default: left to right unless only top to bottom fits a slide</source>
        <translation>sens de lecture&#xa0;: de gauche à droite ou de haut en bas&#xa0;; par défaut de gauche à droite, sauf si seul le sens de haut en bas tient sur une diapositive</translation>
    </message>
    <message>
        <source>layout: {input} has no diagrams</source>
        <translation>layout&#xa0;: {input} n’a aucun diagramme</translation>
    </message>
    <message>
        <source>no diagram named {wanted!r}; available: {available}</source>
        <translation>aucun diagramme nommé {wanted!r}&#x202f;; disponibles&#xa0;: {available}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>aucun problème trouvé</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquetage</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>paquetages</translation>
    </message>
    <message>
        <source>references to elements in other files</source>
        <translation>références à des éléments d’autres fichiers</translation>
    </message>
    <message>
        <source>say where the deck goes with -o deck.pptx</source>
        <translation>indiquez où va la présentation avec -o deck.pptx</translation>
    </message>
    <message>
        <source>shapes placed on them</source>
        <translation>formes placées dessus</translation>
    </message>
    <message>
        <source>system boundaries</source>
        <translation>limites du système</translation>
    </message>
    <message>
        <source>system boundary</source>
        <translation>limite du système</translation>
    </message>
    <message>
        <source>this folder is not in a git repository (run git init first)</source>
        <translation>ce dossier n’est pas dans un dépôt git (exécutez d’abord git init)</translation>
    </message>
    <message>
        <source>Draw UML use case diagrams; export pictures; exchange XMI.</source>
        <translation>Dessiner des diagrammes de cas d’utilisation UML&#x202f;; exporter des images&#x202f;; échanger du XMI.</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the editor (on FILE, if given).</source>
        <translation>Sans sous-commande, ouvre l’éditeur (sur FILE, s’il est indiqué).</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>ucdesigner: error: {message}</source>
        <translation>ucdesigner&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>ucdesigner: interrupted</source>
        <translation>ucdesigner&#xa0;: interrompu</translation>
    </message>
    <message>
        <source>ucdesigner: warning: diagram {diagram!r} shows no journey lanes; it is told whole, not stage by stage</source>
        <translation>ucdesigner&#xa0;: avertissement&#xa0;: le diagramme {diagram!r} n’affiche pas de couloirs&#x202f;; il est présenté en entier, pas phase par phase</translation>
    </message>
    <message>
        <source>ucdesigner: warning: {path}: {warning}</source>
        <translation>ucdesigner&#xa0;: avertissement&#xa0;: {path}&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>ucdesigner: warning: {source}: {problem}</source>
        <translation>ucdesigner&#xa0;: avertissement&#xa0;: {source}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>ucdesigner: warning: {warning}</source>
        <translation>ucdesigner&#xa0;: avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>ucdesigner: {n} conflicts{named}; open the file in ucdesigner to resolve them, then git add it</source>
        <translation>ucdesigner&#xa0;: {n} conflits{named}&#x202f;; ouvrez le fichier dans ucdesigner pour les résoudre, puis faites git add</translation>
    </message>
    <message>
        <source>ucdesigner: {n} conflict{named}; open the file in ucdesigner to resolve it, then git add it</source>
        <translation>ucdesigner&#xa0;: {n} conflit{named}&#x202f;; ouvrez le fichier dans ucdesigner pour le résoudre, puis faites git add</translation>
    </message>
    <message>
        <source>unknown command {word!r}; did you mean {command!r}? (commands: {commands})</source>
        <translation>commande inconnue {word!r}&#x202f;; vouliez-vous dire {command!r}&#x202f;? (commandes&#xa0;: {commands})</translation>
    </message>
    <message>
        <source>unknown option {option} (try ucdesigner --help)</source>
        <translation>option inconnue {option} (essayez ucdesigner --help)</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d’utilisation</translation>
    </message>
    <message>
        <source>use cases</source>
        <translation>cas d’utilisation</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>{count} diagrams are named {wanted!r}; choose one by id: {ids}</source>
        <translation>{count} diagrammes s’appellent {wanted!r}&#x202f;; choisissez-en un par son identifiant&#xa0;: {ids}</translation>
    </message>
    <message>
        <source>{file}: has no diagrams to export</source>
        <translation>{file}&#xa0;: aucun diagramme à exporter</translation>
    </message>
    <message>
        <source>{file}: has {count} diagrams; choose with -d NAME or use --all (available: {available})</source>
        <translation>{file}&#xa0;: contient {count} diagrammes&#x202f;; choisissez avec -d NAME ou utilisez --all (disponibles&#xa0;: {available})</translation>
    </message>
    <message>
        <source>{given} applies to slides (-o deck.pptx)</source>
        <translation>{given} s’applique aux diapositives (-o deck.pptx)</translation>
    </message>
    <message>
        <source>{name}: {shapes} shapes, {lines} lines</source>
        <translation>{name}&#xa0;: {shapes} formes, {lines} lignes</translation>
    </message>
    <message>
        <source>{n} diagram laid out</source>
        <translation>{n} diagramme disposé</translation>
    </message>
    <message>
        <source>{n} diagrams laid out</source>
        <translation>{n} diagrammes disposés</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <source>{n} item not imported (see --report)</source>
        <translation>{n} élément non importé (voir --report)</translation>
    </message>
    <message>
        <source>{n} items not imported (see --report)</source>
        <translation>{n} éléments non importés (voir --report)</translation>
    </message>
    <message>
        <source>{n} line not imported</source>
        <translation>{n} ligne non importée</translation>
    </message>
    <message>
        <source>{n} lines not imported</source>
        <translation>{n} lignes non importées</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} remarque</translation>
    </message>
    <message>
        <source>{n} slide</source>
        <translation>{n} diapositive</translation>
    </message>
    <message>
        <source>{n} slides</source>
        <translation>{n} diapositives</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}&#xa0;: lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{command}: {message}</source>
        <translation>{command}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{path}: is XMI (a UML tool&apos;s file), not a .ucd document; convert it first: ucdesigner convert {path} -o {stem}.ucd</source>
        <translation>{path}&#xa0;: c’est du XMI (le fichier d’un outil UML), pas un document .ucd&#x202f;; convertissez-le d’abord&#xa0;: ucdesigner convert {path} -o {stem}.ucd</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes), not a .ucd document</source>
        <translation>{path}&#xa0;: le fichier est vide (0 octet), ce n’est pas un document .ucd</translation>
    </message>
    <message>
        <source>{target}: written as PlantUML</source>
        <translation>{target}&#xa0;: écrit en PlantUML</translation>
    </message>
    <message>
        <source>{target}: written as a StarUML project</source>
        <translation>{target}&#xa0;: écrit comme projet StarUML</translation>
    </message>
    <message>
        <source>{target}: written as {label}</source>
        <translation>{target}&#xa0;: écrit en {label}</translation>
    </message>
    <message>
        <source>«extend» without a condition</source>
        <translation>«extend» sans condition</translation>
    </message>
    <message>
        <source>«extend» without an extension point</source>
        <translation>«extend» sans point d’extension</translation>
    </message>
    <message>
        <source>“{word}” is a noun, not a verb</source>
        <translation>«&#xa0;{word}&#xa0;» est un nom, pas un verbe</translation>
    </message>
    <message>
        <source>“{word}” is a noun; the verb is “{verb}”</source>
        <translation>«&#xa0;{word}&#xa0;» est un nom&#x202f;; le verbe est «&#xa0;{verb}&#xa0;»</translation>
    </message>
    <message>
        <source>Replaced in 1 field.</source>
        <translation>Remplacé dans 1 champ.</translation>
    </message>
    <message>
        <source>Diagram &amp;Frame</source>
        <translation>&amp;Cadre du diagramme</translation>
    </message>
    <message>
        <source>Draw the UML frame headed “uc [name]” around this diagram, on the canvas and in pictures, prints and the report</source>
        <translation>Dessiner le cadre UML intitulé «&#xa0;uc [nom]&#xa0;» autour de ce diagramme, sur la zone de dessin et dans les images, les impressions et le rapport</translation>
    </message>
    <message>
        <source>archive member {member}</source>
        <translation>entrée d’archive {member}</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>diagram &quot;{name}&quot;</source>
        <translation>diagramme «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>an archive inside the archive; not opened</source>
        <translation>une archive dans l’archive&#x202f;; non ouverte</translation>
    </message>
    <message>
        <source>rectangle {name} on diagram &quot;{diagram}&quot;</source>
        <translation>rectangle {name} du diagramme «&#xa0;{diagram}&#xa0;»</translation>
    </message>
    <message>
        <source>read as an unnamed system boundary</source>
        <translation>lu comme une limite du système sans nom</translation>
    </message>
    <message>
        <source>{what} on page &quot;{page}&quot;</source>
        <translation>{what} de la page «&#xa0;{page}&#xa0;»</translation>
    </message>
    <message>
        <source>page &quot;{name}&quot;</source>
        <translation>page «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>is not a use case diagram (no use cases among its {shapes} shapes and {lines} lines); not imported</source>
        <translation>n’est pas un diagramme de cas d’utilisation (aucun cas d’utilisation parmi ses {shapes} formes et {lines} lignes)&#x202f;; non importée</translation>
    </message>
    <message>
        <source>{kind} &quot;{name}&quot;</source>
        <translation>{kind} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>unlabelled {shape}</source>
        <translation>{shape} sans étiquette</translation>
    </message>
    <message>
        <source>not a use case diagram element</source>
        <translation>pas un élément de diagramme de cas d’utilisation</translation>
    </message>
    <message>
        <source>line &quot;{name}&quot;</source>
        <translation>ligne «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>does not join two actors, use cases or notes at both ends</source>
        <translation>ne relie pas, à ses deux extrémités, des acteurs, cas d’utilisation ou notes</translation>
    </message>
    <message>
        <source>joins a shape to itself</source>
        <translation>relie une forme à elle-même</translation>
    </message>
    <message>
        <source>is not a use case relationship between {kind}</source>
        <translation>n’est pas une relation de cas d’utilisation entre {kind}</translation>
    </message>
    <message>
        <source>is not a use case relationship between {first} and {second}</source>
        <translation>n’est pas une relation de cas d’utilisation entre {first} et {second}</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>diagramme</translation>
    </message>
    <message>
        <source>the views of {what}</source>
        <translation>les vues de {what}</translation>
    </message>
    <message>
        <source>rectangle on diagram &quot;{diagram}&quot;</source>
        <translation>rectangle du diagramme «&#xa0;{diagram}&#xa0;»</translation>
    </message>
    <message>
        <source>shows no actors or use cases</source>
        <translation>ne montre aucun acteur ni cas d’utilisation</translation>
    </message>
    <message>
        <source>had no usable positions: laid out automatically</source>
        <translation>n’avait pas de positions utilisables&#xa0;: disposé automatiquement</translation>
    </message>
    <message>
        <source>is in the ucdesigner extension but no longer in the UML (removed in another tool)</source>
        <translation>figure dans l’extension ucdesigner mais plus dans l’UML (supprimé dans un autre outil)</translation>
    </message>
    <message>
        <source>ucdesigner extension</source>
        <translation>extension ucdesigner</translation>
    </message>
    <message>
        <source>diagrams, styles, stereotypes and properties restored from it</source>
        <translation>diagrammes, styles, stéréotypes et propriétés restaurés à partir de celle-ci</translation>
    </message>
    <message>
        <source>export on save</source>
        <translation>exportation à l’enregistrement</translation>
    </message>
    <message>
        <source>pictures the file asked to write on every save were not imported</source>
        <translation>les images que le fichier demandait d’écrire à chaque enregistrement n’ont pas été importées</translation>
    </message>
    <message>
        <source>the extension&apos;s fields for it did not fit; the UML was used</source>
        <translation>ses champs dans l’extension ne convenaient pas&#x202f;; l’UML a été utilisé</translation>
    </message>
    <message>
        <source>customer journey stages</source>
        <translation>phases du parcours client</translation>
    </message>
    <message>
        <source>could not be read from the profile ({problem}); the ucdesigner extension&apos;s were kept</source>
        <translation>n’ont pas pu être lues depuis le profil ({problem})&#x202f;; celles de l’extension ucdesigner ont été conservées</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>parcours client</translation>
    </message>
    <message>
        <source>stages, touchpoints and 1 use case journey step read from the CustomerJourney profile</source>
        <translation>phases, points de contact et 1 étape de parcours de cas d’utilisation lus depuis le profil CustomerJourney</translation>
    </message>
    <message>
        <source>stages, touchpoints and {count} use case journey steps read from the CustomerJourney profile</source>
        <translation>phases, points de contact et {count} étapes de parcours de cas d’utilisation lus depuis le profil CustomerJourney</translation>
    </message>
    <message>
        <source>read from the use cases&apos; journey tagged values</source>
        <translation>lu depuis les valeurs étiquetées de parcours des cas d’utilisation</translation>
    </message>
    <message>
        <source>element {id} in &quot;{feature}&quot; has no xmi:type and was skipped</source>
        <translation>l’élément {id} de «&#xa0;{feature}&#xa0;» n’a pas de xmi:type et a été ignoré</translation>
    </message>
    <message>
        <source>a {metaclass} without xmi:id was skipped</source>
        <translation>un élément {metaclass} sans xmi:id a été ignoré</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Internal process</source>
        <translation>Processus internes</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Apprentissage et croissance</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>très négative</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négative</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>très positive</translation>
    </message>
    <message>
        <source>an association joins an actor and a use case it takes part in</source>
        <translation>une association relie un acteur à un cas d’utilisation auquel il participe</translation>
    </message>
    <message>
        <source>an include goes from a use case to another use case it always includes</source>
        <translation>une inclusion va d’un cas d’utilisation vers un autre cas d’utilisation qu’il inclut toujours</translation>
    </message>
    <message>
        <source>an extend goes from the extending use case to the use case it extends</source>
        <translation>une extension va du cas d’utilisation qui étend vers le cas d’utilisation qu’il étend</translation>
    </message>
    <message>
        <source>a generalization joins two actors or two use cases, from the specific to the general one</source>
        <translation>une généralisation relie deux acteurs ou deux cas d’utilisation, du plus spécifique au plus général</translation>
    </message>
    <message>
        <source>a dependency joins two actors, use cases, system boundaries or packages</source>
        <translation>une dépendance relie deux acteurs, cas d’utilisation, limites du système ou paquetages</translation>
    </message>
    <message>
        <source>a comment link goes from a comment to the element it annotates</source>
        <translation>un lien de commentaire va d’un commentaire à l’élément qu’il annote</translation>
    </message>
    <message>
        <source>An association cannot go from {source} to {target}</source>
        <translation>Une association ne peut pas aller depuis {source} vers {target}</translation>
    </message>
    <message>
        <source>An association cannot go from {source} to itself</source>
        <translation>Une association ne peut pas relier {source} à lui-même</translation>
    </message>
    <message>
        <source>An include cannot go from {source} to {target}</source>
        <translation>Une inclusion ne peut pas aller depuis {source} vers {target}</translation>
    </message>
    <message>
        <source>An include cannot go from {source} to itself</source>
        <translation>Une inclusion ne peut pas relier {source} à lui-même</translation>
    </message>
    <message>
        <source>An extend cannot go from {source} to {target}</source>
        <translation>Une extension ne peut pas aller depuis {source} vers {target}</translation>
    </message>
    <message>
        <source>An extend cannot go from {source} to itself</source>
        <translation>Une extension ne peut pas relier {source} à lui-même</translation>
    </message>
    <message>
        <source>A generalization cannot go from {source} to {target}</source>
        <translation>Une généralisation ne peut pas aller depuis {source} vers {target}</translation>
    </message>
    <message>
        <source>A generalization cannot go from {source} to itself</source>
        <translation>Une généralisation ne peut pas relier {source} à lui-même</translation>
    </message>
    <message>
        <source>A dependency cannot go from {source} to {target}</source>
        <translation>Une dépendance ne peut pas aller depuis {source} vers {target}</translation>
    </message>
    <message>
        <source>A dependency cannot go from {source} to itself</source>
        <translation>Une dépendance ne peut pas relier {source} à lui-même</translation>
    </message>
    <message>
        <source>A comment link cannot go from {source} to {target}</source>
        <translation>Un lien de commentaire ne peut pas aller depuis {source} vers {target}</translation>
    </message>
    <message>
        <source>A comment link cannot go from {source} to itself</source>
        <translation>Un lien de commentaire ne peut pas relier {source} à lui-même</translation>
    </message>
    <message>
        <source>{refusal}: &quot;{target}&quot; already includes &quot;{source}&quot; (directly or through others), and includes must not form a cycle.</source>
        <translation>{refusal}&#xa0;: «&#xa0;{target}&#xa0;» inclut déjà «&#xa0;{source}&#xa0;» (directement ou par d’autres), et les inclusions ne doivent pas former de cycle.</translation>
    </message>
    <message>
        <source>{refusal}: &quot;{target}&quot; already specialises &quot;{source}&quot; (directly or through others), and generalizations must not form a cycle.</source>
        <translation>{refusal}&#xa0;: «&#xa0;{target}&#xa0;» spécialise déjà «&#xa0;{source}&#xa0;» (directement ou par d’autres), et les généralisations ne doivent pas former de cycle.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a relationship kind</source>
        <translation>«&#xa0;{kind}&#xa0;» n’est pas un type de relation</translation>
    </message>
    <message>
        <source>{refusal}: {rule}.</source>
        <translation>{refusal}&#xa0;: {rule}.</translation>
    </message>
    <message>
        <source>{container} cannot own elements: only packages can.</source>
        <translation>{container} ne peut pas contenir d’éléments&#xa0;: seuls les paquetages le peuvent.</translation>
    </message>
    <message>
        <source>The model cannot own {child}.</source>
        <translation>Le modèle ne peut pas contenir {child}.</translation>
    </message>
    <message>
        <source>{container} cannot own {child}.</source>
        <translation>{container} ne peut pas contenir {child}.</translation>
    </message>
    <message>
        <source>{member} cannot belong to {subject}: it is not a system boundary.</source>
        <translation>{member} ne peut pas appartenir à {subject}&#xa0;: ce n’est pas une limite du système.</translation>
    </message>
    <message>
        <source>{member} cannot belong to {subject}: only use cases can.</source>
        <translation>{member} ne peut pas appartenir à {subject}&#xa0;: seuls les cas d’utilisation le peuvent.</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}&#xa0;:</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>les arguments suivants sont requis&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>l’un des arguments {arguments} est requis</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>non autorisé avec l’argument {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>argument explicite {value} ignoré</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected {count} arguments</source>
        <translation>{count} arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë&#xa0;: {option} pourrait correspondre à {matches}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix invalide&#xa0;: {value} (au choix&#xa0;: {choices})</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valeur {type} invalide&#xa0;: {value}</translation>
    </message>
    <message>
        <source>list what changed between two versions of a .ucd file (text, Markdown, JSON or HTML)</source>
        <translation>lister ce qui a changé entre deux versions d’un fichier .ucd (texte, Markdown, JSON ou HTML)</translation>
    </message>
    <message>
        <source>the older version (.ucd)</source>
        <translation>la version la plus ancienne (.ucd)</translation>
    </message>
    <message>
        <source>the newer version (.ucd)</source>
        <translation>la version la plus récente (.ucd)</translation>
    </message>
    <message>
        <source>write the changes to OUT: .html (one file with the diagrams), .md or .json; without it the changes are printed</source>
        <translation>écrire les changements dans OUT&#xa0;: .html (un fichier avec les diagrammes), .md ou .json&#x202f;; sans cette option, les changements sont affichés</translation>
    </message>
    <message>
        <source>write a report of the model: diagrams, use case specifications, actors, the traceability matrix and the model checks, as one HTML file, as Markdown or as a Word document</source>
        <translation>écrire un rapport du modèle&#xa0;: diagrammes, spécifications des cas d’utilisation, acteurs, matrice de traçabilité et vérifications du modèle, en un seul fichier HTML, en Markdown ou en document Word</translation>
    </message>
    <message>
        <source>the report to write (.html, .md or .docx)</source>
        <translation>le rapport à écrire (.html, .md ou .docx)</translation>
    </message>
    <message>
        <source>html (one self-contained file), md (Markdown, diagrams as SVG beside it) or docx (Word); by default from the output&apos;s suffix</source>
        <translation>html (un fichier autonome), md (Markdown, diagrammes en SVG à côté) ou docx (Word)&#x202f;; par défaut d’après l’extension de la sortie</translation>
    </message>
    <message>
        <source>print a .ucd document as readable lines (git&apos;s text conversion for *.ucd)</source>
        <translation>afficher un document .ucd en lignes lisibles (conversion en texte de git pour *.ucd)</translation>
    </message>
    <message>
        <source>Automatic layout failed ({error}); a simple layout was used instead.</source>
        <translation>La disposition automatique a échoué ({error})&#xa0;; une disposition simple a été utilisée à la place.</translation>
    </message>
    <message>
        <source>The layout was larger than the canvas; a simple grid was used.</source>
        <translation>La disposition dépassait la zone de dessin&#xa0;; une grille simple a été utilisée.</translation>
    </message>
    <message>
        <source>Graphviz was not found: the diagram was laid out on a simple grid. Install Graphviz for a better layout (Debian/Ubuntu: sudo apt install graphviz; macOS: brew install graphviz; Windows: winget install graphviz).</source>
        <translation>Graphviz est introuvable&#xa0;: le diagramme a été disposé sur une grille simple. Installez Graphviz pour une meilleure disposition (Debian/Ubuntu&#xa0;: sudo apt install graphviz&#xa0;; macOS&#xa0;: brew install graphviz&#xa0;; Windows&#xa0;: winget install graphviz).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>About ucdesigner</source>
        <translation>À propos de ucdesigner</translation>
    </message>
    <message>
        <source>ucdesigner icon</source>
        <translation>Icône de ucdesigner</translation>
    </message>
    <message>
        <source>UML use case diagrams for business analysts.</source>
        <translation>Diagrammes de cas d’utilisation UML pour les analystes métier.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the ucdesigner developers.&lt;br&gt;Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({spdx}). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © les développeurs de ucdesigner.&lt;br&gt;Logiciel libre distribué sous la &lt;a href=&quot;{url}&quot;&gt;licence publique générale GNU, version 3 ou ultérieure&lt;/a&gt; ({spdx}). Aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;User guide (README)&lt;/a&gt; · &lt;a href=&quot;{home}&quot;&gt;Website&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Guide de l’utilisateur (README)&lt;/a&gt; · &lt;a href=&quot;{home}&quot;&gt;Site web&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions, to paste into a bug report</source>
        <translation>Copier les versions, à coller dans un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>DiagramTabs</name>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>One tab per diagram; Ctrl+Tab and Ctrl+Shift+Tab switch between them</source>
        <translation>Un onglet par diagramme&#x202f;; Ctrl+Tab et Ctrl+Shift+Tab passent de l’un à l’autre</translation>
    </message>
    <message>
        <source>This document has no diagram. Use Diagram ▸ New Diagram.</source>
        <translation>Ce document n’a aucun diagramme. Utilisez Diagramme ▸ Nouveau diagramme.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No diagram</source>
        <translation>Aucun diagramme</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>{kind} from “{a}” to “{b}”</source>
        <translation>{kind} de «&#xa0;{a}&#xa0;» vers «&#xa0;{b}&#xa0;»</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Pictures</source>
        <translation>Exporter des images</translation>
    </message>
    <message>
        <source>This diagram</source>
        <translation>Ce diagramme</translation>
    </message>
    <message>
        <source>All diagrams, one file each</source>
        <translation>Tous les diagrammes, un fichier chacun</translation>
    </message>
    <message>
        <source>The selection only</source>
        <translation>La sélection seulement</translation>
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation>Image PNG (pour les diapositives)</translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur)</source>
        <translation>Dessin SVG (redimensionnable sans flou)</translation>
    </message>
    <message>
        <source>PDF document (for print)</source>
        <translation>Document PDF (pour l’impression)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>UML diagram frame (uc [name])</source>
        <translation>Cadre de diagramme UML (uc [nom])</translation>
    </message>
    <message>
        <source>Partly ticked: as each diagram&apos;s own setting (Diagram ▸ Diagram Frame)</source>
        <translation>Coché en partie&#xa0;: selon le réglage propre à chaque diagramme (Diagramme ▸ Cadre du diagramme)</translation>
    </message>
    <message>
        <source>Export again whenever the document is saved</source>
        <translation>Réexporter à chaque enregistrement du document</translation>
    </message>
    <message>
        <source>The picture is written again, with these settings, on every save.</source>
        <translation>L’image est réécrite, avec ces réglages, à chaque enregistrement.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marge&#xa0;:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Cadre&#xa0;:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>{dpi:g} dpi</source>
        <translation>{dpi:g} ppp</translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>Dossier des images</translation>
    </message>
    <message>
        <source>Save picture as</source>
        <translation>Enregistrer l’image sous</translation>
    </message>
    <message>
        <source>{kind} files (*.{fmt})</source>
        <translation>Fichiers {kind} (*.{fmt})</translation>
    </message>
    <message>
        <source>The document has no diagrams.</source>
        <translation>Le document n’a aucun diagramme.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>{w} x {h} {unit}</source>
        <translation>{w} x {h} {unit}</translation>
    </message>
    <message>
        <source>choose where to save the picture</source>
        <translation>choisissez où enregistrer l’image</translation>
    </message>
    <message>
        <source>pictures exported on every save must be inside the document&apos;s folder ({folder}); choose a place there or untick the box</source>
        <translation>les images exportées à chaque enregistrement doivent se trouver dans le dossier du document ({folder})&#x202f;; choisissez un emplacement dans ce dossier ou décochez la case</translation>
    </message>
    <message>
        <source>the document has no diagrams</source>
        <translation>le document n’a aucun diagramme</translation>
    </message>
    <message>
        <source>Exporting “{name}” ({n} of {count})…</source>
        <translation>Exportation de «&#xa0;{name}&#xa0;» ({n} sur {count})…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} importé</translation>
    </message>
    <message>
        <source>written by {tool}</source>
        <translation>écrit par {tool}</translation>
    </message>
    <message>
        <source>{kept} items imported, {mapped} mapped, {dropped} not imported</source>
        <translation>{kept} éléments importés, {mapped} convertis, {dropped} non importés</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>Comment il a été lu</translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation>Convertis ({n})</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Not imported ({n})</source>
        <translation>Non importés ({n})</translation>
    </message>
    <message>
        <source>Outside use cases</source>
        <translation>Hors cas d’utilisation</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the whole report as text</source>
        <translation>Copier tout le rapport sous forme de texte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>{n} elements</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>UML kind</source>
        <translation>Type UML</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>Packages</source>
        <translation>Paquetages</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>System Boundaries</source>
        <translation>Limites du système</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>Navigateur de modèle</translation>
    </message>
    <message>
        <source>The elements of the model by package and kind, with their relationships</source>
        <translation>Les éléments du modèle par paquetage et par type, avec leurs relations</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete from Model</source>
        <translation>Supprimer du modèle</translation>
    </message>
    <message>
        <source>Delete from the model, with its relationships and shapes</source>
        <translation>Supprimer du modèle, avec ses relations et ses formes</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Tools: choose one, then click on the diagram or drag the element onto it; on the canvas each tool also has a single-letter key</source>
        <translation>Outils&#xa0;: choisissez-en un, puis cliquez sur le diagramme ou faites-y glisser l’élément&#x202f;; sur la zone de dessin, chaque outil a aussi une touche d’une lettre</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>The fields of the selected element, or of the diagram if nothing is selected</source>
        <translation>Les champs de l’élément sélectionné, ou du diagramme si rien n’est sélectionné</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>{n} elements selected</source>
        <translation>{n} éléments sélectionnés</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code:04X}) that no picture or file can show; remove it and try again.</source>
        <translation>Le texte contient un caractère de contrôle (U+{code:04X}) qu’aucune image ni aucun fichier ne peut afficher&#x202f;; supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Diagram name</source>
        <translation>Nom du diagramme</translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Diagram documentation</source>
        <translation>Documentation du diagramme</translation>
    </message>
    <message>
        <source>Change diagram documentation</source>
        <translation>Modifier la documentation du diagramme</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>From {source}
to {target}</source>
        <translation>De {source}
vers {target}</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Relie</translation>
    </message>
    <message>
        <source>Stereotypes</source>
        <translation>Stéréotypes</translation>
    </message>
    <message>
        <source>comma-separated, e.g. business, primary</source>
        <translation>séparés par des virgules&#xa0;: métier, principal</translation>
    </message>
    <message>
        <source>Extension points</source>
        <translation>Points d’extension</translation>
    </message>
    <message>
        <source>Extension point {n}</source>
        <translation>Point d’extension {n}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an extension point to this use case</source>
        <translation>Ajouter un point d’extension à ce cas d’utilisation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected extension point</source>
        <translation>Retirer le point d’extension sélectionné</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>when the extension happens</source>
        <translation>quand l’extension a lieu</translation>
    </message>
    <message>
        <source>Extension points used</source>
        <translation>Points d’extension utilisés</translation>
    </message>
    <message>
        <source>(the extended use case has none)</source>
        <translation>(le cas d’utilisation étendu n’en a aucun)</translation>
    </message>
    <message>
        <source>Multiplicity at the {end} end</source>
        <translation>Multiplicité à l’extrémité {end}</translation>
    </message>
    <message>
        <source>navigable (arrowhead)</source>
        <translation>navigable (pointe de flèche)</translation>
    </message>
    <message>
        <source>Navigable at the {end} end</source>
        <translation>Navigable à l’extrémité {end}</translation>
    </message>
    <message>
        <source>At {name}</source>
        <translation>Côté {name}</translation>
    </message>
    <message>
        <source>Multiplicity</source>
        <translation>Multiplicité</translation>
    </message>
    <message>
        <source>Style on this diagram</source>
        <translation>Style sur ce diagramme</translation>
    </message>
    <message>
        <source>Keep position (Auto Layout leaves it)</source>
        <translation>Figer pour la disposition auto</translation>
    </message>
    <message>
        <source>Keep position</source>
        <translation>Figer la position</translation>
    </message>
    <message>
        <source>Keep Position</source>
        <translation>Figer la position</translation>
    </message>
    <message>
        <source>Release Position</source>
        <translation>Libérer la position</translation>
    </message>
    <message>
        <source>Change style</source>
        <translation>Modifier le style</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Choose the colour; Default uses the theme&apos;s</source>
        <translation>Choisir la couleur&#x202f;; Par défaut utilise celle du thème</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Back to the theme&apos;s colour</source>
        <translation>Revenir à la couleur du thème</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Actor notation</source>
        <translation>Notation de l’acteur</translation>
    </message>
    <message>
        <source>Stick figure</source>
        <translation>Bonhomme</translation>
    </message>
    <message>
        <source>«actor» box</source>
        <translation>Rectangle «actor»</translation>
    </message>
    <message>
        <source>Change actor notation</source>
        <translation>Modifier la notation de l’acteur</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Frame headed “uc [name]”</source>
        <translation>Cadre intitulé «&#xa0;uc [nom]&#xa0;»</translation>
    </message>
    <message>
        <source>Diagram frame</source>
        <translation>Cadre du diagramme</translation>
    </message>
    <message>
        <source>Draw the UML frame around this diagram, on the canvas and in pictures, prints and the report</source>
        <translation>Dessiner le cadre UML autour de ce diagramme, sur la zone de dessin et dans les images, les impressions et le rapport</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Put every setting back as it was at installation (recent files stay)</source>
        <translation>Remettre chaque paramètre tel qu’il était à l’installation (les fichiers récents sont conservés)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Comme le système (clair ou sombre)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>&amp;Fenêtres&#xa0;:</translation>
    </message>
    <message>
        <source>The colours of the windows; the diagram stays light, like paper</source>
        <translation>Les couleurs des fenêtres&#x202f;; le diagramme reste clair, comme du papier</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>&amp;Taille de la grille&#xa0;:</translation>
    </message>
    <message>
        <source>The grid spacing at 100 % (2 to 200 px)</source>
        <translation>L’espacement de la grille à 100&#xa0;% (2 à 200 px)</translation>
    </message>
    <message>
        <source>Show the gr&amp;id</source>
        <translation>Afficher la gr&amp;ille</translation>
    </message>
    <message>
        <source>Draw the grid on the canvas (never in pictures)</source>
        <translation>Dessiner la grille sur la zone de dessin (jamais dans les images)</translation>
    </message>
    <message>
        <source>&amp;Snap to the grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Shapes and bend points snap to the grid (hold Alt to place freely)</source>
        <translation>Les formes et les points de coude s’aimantent à la grille (maintenez Alt pour placer librement)</translation>
    </message>
    <message>
        <source>Stick figure (UML default)</source>
        <translation>Bonhomme (par défaut en UML)</translation>
    </message>
    <message>
        <source>«actor» box</source>
        <translation>Rectangle «actor»</translation>
    </message>
    <message>
        <source>New &amp;actors:</source>
        <translation>Nouveaux &amp;acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>How actors you add are drawn; change one actor in its properties (Style)</source>
        <translation>Comment les acteurs que vous ajoutez sont dessinés&#x202f;; modifiez un acteur dans ses propriétés (Style)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A&amp;utosave every:</source>
        <translation>Enregistrement a&amp;utomatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved work is written (10 to 3600 seconds)</source>
        <translation>Fréquence d’écriture d’une copie de récupération du travail non enregistré (10 à 3&#x202f;600 secondes)</translation>
    </message>
    <message>
        <source> changes</source>
        <translation> modifications</translation>
    </message>
    <message>
        <source>…or &amp;after:</source>
        <translation>…ou a&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>Also write the recovery copy after this many changes (1 to 1000)</source>
        <translation>Écrire aussi la copie de récupération après ce nombre de modifications (1 à 1&#x202f;000)</translation>
    </message>
    <message>
        <source>&amp;Keep the previous version as a .bak file when saving</source>
        <translation>&amp;Conserver la version précédente (.bak) à l’enregistrement</translation>
    </message>
    <message>
        <source>Saving “x.ucd” first keeps the file as it was in “x.ucd.bak”</source>
        <translation>Enregistrer «&#xa0;x.ucd&#xa0;» conserve d’abord le fichier tel qu’il était dans «&#xa0;x.ucd.bak&#xa0;»</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>PNG si&amp;ze:</source>
        <translation>Taille P&amp;NG&#xa0;:</translation>
    </message>
    <message>
        <source>Pixels per diagram pixel in PNG pictures and Copy as Image (2 x: 192 dpi)</source>
        <translation>Pixels par pixel du diagramme dans les images PNG et Copier comme image (2 x&#xa0;: 192 ppp)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>A&amp;rrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>The background of exported pictures and of Copy as Image</source>
        <translation>L’arrière-plan des images exportées et de Copier comme image</translation>
    </message>
    <message>
        <source>{dpi:g} dpi</source>
        <translation>{dpi:g} ppp</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d’utilisation</translation>
    </message>
    <message>
        <source>Use Case</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>system boundary</source>
        <translation>limite du système</translation>
    </message>
    <message>
        <source>System Boundary</source>
        <translation>Limite du système</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquetage</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquetage</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>include</source>
        <translation>inclusion</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>generalization</source>
        <translation>généralisation</translation>
    </message>
    <message>
        <source>Generalization</source>
        <translation>Généralisation</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>dépendance</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>comment link</source>
        <translation>lien de commentaire</translation>
    </message>
    <message>
        <source>Comment Link</source>
        <translation>Lien de commentaire</translation>
    </message>
    <message>
        <source>an actor</source>
        <translation>un acteur</translation>
    </message>
    <message>
        <source>a use case</source>
        <translation>un cas d’utilisation</translation>
    </message>
    <message>
        <source>a system boundary</source>
        <translation>une limite du système</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>un paquetage</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un commentaire</translation>
    </message>
    <message>
        <source>an association</source>
        <translation>une association</translation>
    </message>
    <message>
        <source>an include</source>
        <translation>une inclusion</translation>
    </message>
    <message>
        <source>an extend</source>
        <translation>une extension</translation>
    </message>
    <message>
        <source>a generalization</source>
        <translation>une généralisation</translation>
    </message>
    <message>
        <source>a dependency</source>
        <translation>une dépendance</translation>
    </message>
    <message>
        <source>a comment link</source>
        <translation>un lien de commentaire</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
</TS>
