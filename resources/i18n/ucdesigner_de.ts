<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new document</source>
        <translation>Neues Dokument beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .ucd document</source>
        <translation>Ein .ucd-Dokument öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the document under another name</source>
        <translation>Dokument unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Alle Fenster schließen und beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Copy the selection and delete it from the model</source>
        <translation>Auswahl kopieren und aus dem Modell löschen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected elements</source>
        <translation>Ausgewählte Elemente kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste copies of the copied elements (new elements)</source>
        <translation>Kopien der kopierten Elemente einfügen (neue Elemente)</translation>
    </message>
    <message>
        <source>Paste as &amp;Shown Elements</source>
        <translation>Als &amp;Originale einfügen</translation>
    </message>
    <message>
        <source>Show the copied elements themselves on this diagram (no copies are made)</source>
        <translation>Die kopierten Elemente selbst in diesem Diagramm zeigen (es entstehen keine Kopien)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make copies of the selection beside it</source>
        <translation>Kopien der Auswahl daneben anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete from Diagram</source>
        <translation>Aus Diagramm ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selection from this diagram; the elements stay in the model</source>
        <translation>Auswahl aus diesem Diagramm entfernen; die Elemente bleiben im Modell</translation>
    </message>
    <message>
        <source>Delete from &amp;Model</source>
        <translation>Aus &amp;Modell löschen</translation>
    </message>
    <message>
        <source>Delete the selection from the model, with its relationships and its shapes on every diagram</source>
        <translation>Auswahl aus dem Modell löschen, mit ihren Beziehungen und ihren Formen in allen Diagrammen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select everything on this diagram</source>
        <translation>Alles in diesem Diagramm auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Edit the name of the selected element on the canvas</source>
        <translation>Namen des ausgewählten Elements auf der Zeichenfläche bearbeiten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation>Diagramm &amp;einpassen</translation>
    </message>
    <message>
        <source>Zoom to show the whole diagram</source>
        <translation>So zoomen, dass das ganze Diagramm sichtbar ist</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <source>Show the grid on the canvas</source>
        <translation>Raster auf der Zeichenfläche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am Raster &amp;ausrichten</translation>
    </message>
    <message>
        <source>Shapes and bend points snap to the grid (hold Alt to place freely)</source>
        <translation>Formen und Knickpunkte rasten am Raster ein (Alt gedrückt halten, um frei zu platzieren)</translation>
    </message>
    <message>
        <source>Grid Si&amp;ze…</source>
        <translation>Raster&amp;weite…</translation>
    </message>
    <message>
        <source>Set the grid spacing</source>
        <translation>Rasterabstand festlegen</translation>
    </message>
    <message>
        <source>&amp;New Diagram</source>
        <translation>&amp;Neues Diagramm</translation>
    </message>
    <message>
        <source>Add a new diagram to the document</source>
        <translation>Dem Dokument ein neues Diagramm hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Diagram…</source>
        <translation>Diagramm u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>Rename the current diagram</source>
        <translation>Aktuelles Diagramm umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Diagram</source>
        <translation>Diagramm &amp;duplizieren</translation>
    </message>
    <message>
        <source>A new diagram showing the same elements</source>
        <translation>Ein neues Diagramm mit denselben Elementen</translation>
    </message>
    <message>
        <source>&amp;Delete Diagram</source>
        <translation>Diagramm lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the current diagram; its elements stay in the model</source>
        <translation>Aktuelles Diagramm löschen; seine Elemente bleiben im Modell</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Hori&amp;zontal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Line the selected shapes up with the first one selected</source>
        <translation>Ausgewählte Formen an der zuerst ausgewählten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Equal gaps between the selected shapes, left to right</source>
        <translation>Gleiche Abstände zwischen den ausgewählten Formen, von links nach rechts</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Verti&amp;kal verteilen</translation>
    </message>
    <message>
        <source>Equal gaps between the selected shapes, top to bottom</source>
        <translation>Gleiche Abstände zwischen den ausgewählten Formen, von oben nach unten</translation>
    </message>
    <message>
        <source>Make &amp;Same Size</source>
        <translation>Gleiche &amp;Größe</translation>
    </message>
    <message>
        <source>Give the selected shapes the size of the first one selected</source>
        <translation>Ausgewählten Formen die Größe der zuerst ausgewählten geben</translation>
    </message>
    <message>
        <source>Draw {a_kind} from the first selected element to the second</source>
        <translation>{a_kind} vom zuerst ausgewählten Element zum zweiten zeichnen</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Select, move and resize (Esc returns here)</source>
        <translation>Auswählen, verschieben und Größe ändern (Esc kehrt hierher zurück)</translation>
    </message>
    <message>
        <source>Place {a_kind}: click on the canvas, or drag this onto it</source>
        <translation>{a_kind} platzieren: auf die Zeichenfläche klicken oder dieses Werkzeug darauf ziehen</translation>
    </message>
    <message>
        <source>Draw {a_kind}: press on one element and drag to the other</source>
        <translation>{a_kind} zeichnen: auf ein Element drücken und zum anderen ziehen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About ucdesigner</source>
        <translation>Ü&amp;ber ucdesigner</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Filter the model browser</source>
        <translation>Modell-Browser filtern</translation>
    </message>
    <message>
        <source>Filter elements…</source>
        <translation>Elemente filtern…</translation>
    </message>
    <message>
        <source>Show only the elements whose name contains this text</source>
        <translation>Nur Elemente zeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Another &amp;file</source>
        <translation>Andere &amp;Datei</translation>
    </message>
    <message>
        <source>A &amp;git revision of this file</source>
        <translation>Eine &amp;Git-Revision dieser Datei</translation>
    </message>
    <message>
        <source>File to compare with</source>
        <translation>Datei zum Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>the document has not been saved in a folder yet</source>
        <translation>das Dokument wurde noch nicht in einem Ordner gespeichert</translation>
    </message>
    <message>
        <source>No git revisions: {reason}.</source>
        <translation>Keine Git-Revisionen: {reason}.</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Use case models (*.ucd)</source>
        <translation>Anwendungsfallmodelle (*.ucd)</translation>
    </message>
    <message>
        <source>Choose a file to compare with.</source>
        <translation>Wählen Sie eine Datei zum Vergleichen.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>See what changed since another version: a file or a git revision</source>
        <translation>Änderungen seit einer anderen Version ansehen: einer Datei oder einer Git-Revision</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>Show the previous change</source>
        <translation>Vorherige Änderung zeigen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Show the next change</source>
        <translation>Nächste Änderung zeigen</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Take the changes off the canvas</source>
        <translation>Änderungen von der Zeichenfläche nehmen</translation>
    </message>
    <message>
        <source>Compared with {version}: {n} change(s).</source>
        <translation>Verglichen mit {version}: {n} Änderung(en).</translation>
    </message>
    <message>
        <source>Compared with {version}: no changes.</source>
        <translation>Verglichen mit {version}: keine Änderungen.</translation>
    </message>
    <message>
        <source>Not comparing.</source>
        <translation>Kein Vergleich aktiv.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Merge-Konflikte</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translation>&amp;Unsere übernehmen</translation>
    </message>
    <message>
        <source>Keep the value of your branch (one undo step)</source>
        <translation>Wert Ihres Branches behalten (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>Use the value of the branch being merged in</source>
        <translation>Wert des Branches verwenden, der hineingemergt wird</translation>
    </message>
    <message>
        <source>&amp;Mark Resolved</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <source>Keep the model as it is now (after editing it by hand) and close the conflict</source>
        <translation>Modell so lassen, wie es jetzt ist (nach Bearbeitung von Hand), und den Konflikt schließen</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>{n} merge conflict(s) to resolve. Choose a side for each (or edit by hand and mark it resolved), save, then run “git add {file}”: git keeps the file marked as conflicted until you do.</source>
        <translation>{n} Merge-Konflikt(e) zu lösen. Wählen Sie für jeden eine Seite (oder bearbeiten Sie von Hand und markieren Sie ihn als gelöst), speichern Sie und führen Sie dann „git add {file}“ aus: Bis dahin bleibt die Datei in Git als Konflikt markiert.</translation>
    </message>
    <message>
        <source>All conflicts are resolved. Save, then run “git add {file}” and git commit to finish the merge.</source>
        <translation>Alle Konflikte sind gelöst. Speichern Sie, führen Sie dann „git add {file}“ und git commit aus, um den Merge abzuschließen.</translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation>Keine Merge-Konflikte.</translation>
    </message>
    <message>
        <source>Cannot take that side: {reason}</source>
        <translation>Diese Seite kann nicht übernommen werden: {reason}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Show or hide the merge conflicts of the document</source>
        <translation>Merge-Konflikte des Dokuments ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Find the other element</source>
        <translation>Anderes Element suchen</translation>
    </message>
    <message>
        <source>Type to find the other element</source>
        <translation>Tippen, um das andere Element zu finden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>The elements of this diagram; the rules refuse the greyed ones</source>
        <translation>Die Elemente dieses Diagramms; die ausgegrauten lassen die Regeln nicht zu</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>Choose the element the line starts from.</source>
        <translation>Wählen Sie das Element, an dem die Linie beginnt.</translation>
    </message>
    <message>
        <source>The rules allow no {kind} from here to these elements.</source>
        <translation>Die Regeln erlauben von hier aus keine {kind} zu diesen Elementen.</translation>
    </message>
    <message>
        <source>No element of this diagram matches.</source>
        <translation>Kein Element dieses Diagramms passt.</translation>
    </message>
    <message>
        <source>Add a diagram first (Diagram ▸ New Diagram).</source>
        <translation>Fügen Sie zuerst ein Diagramm hinzu (Diagramm ▸ Neues Diagramm).</translation>
    </message>
    <message>
        <source>A relationship needs two elements on the diagram.</source>
        <translation>Eine Beziehung braucht zwei Elemente im Diagramm.</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>V&amp;erbinden…</translation>
    </message>
    <message>
        <source>Draw a relationship from the selected element, choosing the other end by name</source>
        <translation>Beziehung vom ausgewählten Element aus zeichnen, das andere Ende nach Namen wählen</translation>
    </message>
    <message>
        <source>Coverage of the journey stages by use cases, per actor</source>
        <translation>Abdeckung der Journey-Phasen durch Anwendungsfälle, je Akteur</translation>
    </message>
    <message>
        <source>KPIs per stage and balanced-scorecard perspective</source>
        <translation>KPIs je Phase und Balanced-Scorecard-Perspektive</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Write both tables to a CSV file for a spreadsheet</source>
        <translation>Beide Tabellen in eine CSV-Datei für die Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <source>Every cell is covered.</source>
        <translation>Alle Zellen sind abgedeckt.</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(kein Akteur)</translation>
    </message>
    <message>
        <source>Click to select these use cases</source>
        <translation>Klicken, um diese Anwendungsfälle auszuwählen</translation>
    </message>
    <message>
        <source>— no use case —</source>
        <translation>— kein Anwendungsfall —</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>Selected {names}</source>
        <translation>Ausgewählt: {names}</translation>
    </message>
    <message>
        <source>Export Coverage as CSV</source>
        <translation>Abdeckung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Coverage written to {path}</source>
        <translation>Abdeckung nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Remove {what} from diagram</source>
        <translation>{what} aus Diagramm entfernen</translation>
    </message>
    <message>
        <source>Delete {name} from model</source>
        <translation>{name} aus Modell löschen</translation>
    </message>
    <message>
        <source>Delete {what} from model</source>
        <translation>{what} aus Modell löschen</translation>
    </message>
    <message>
        <source>Copied {what}.</source>
        <translation>{what} kopiert.</translation>
    </message>
    <message>
        <source>Cut {what}</source>
        <translation>{what} ausschneiden</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Es gibt nichts zum Einfügen.</translation>
    </message>
    <message>
        <source>Paste {what}</source>
        <translation>{what} einfügen</translation>
    </message>
    <message>
        <source>Paste as Shown Elements works with elements copied from this document.</source>
        <translation>„Als Originale einfügen“ funktioniert nur mit Elementen, die aus diesem Dokument kopiert wurden.</translation>
    </message>
    <message>
        <source>Show {what} on diagram</source>
        <translation>{what} im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Duplicate {what}</source>
        <translation>{what} duplizieren</translation>
    </message>
    <message>
        <source>Align {what}</source>
        <translation>{what} ausrichten</translation>
    </message>
    <message>
        <source>Distribute {what}</source>
        <translation>{what} verteilen</translation>
    </message>
    <message>
        <source>Make {what} the same size</source>
        <translation>{what} auf gleiche Größe bringen</translation>
    </message>
    <message>
        <source>Export Diagram…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save this diagram as a PNG, SVG or PDF picture</source>
        <translation>Dieses Diagramm als PNG-, SVG- oder PDF-Bild speichern</translation>
    </message>
    <message>
        <source>Export All Diagrams…</source>
        <translation>Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Save every diagram as a picture, one file each, in a folder</source>
        <translation>Alle Diagramme als Bilder speichern, je eine Datei, in einem Ordner</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Save the selected elements as a picture</source>
        <translation>Ausgewählte Elemente als Bild speichern</translation>
    </message>
    <message>
        <source>Export Slides…</source>
        <translation>Folien exportieren…</translation>
    </message>
    <message>
        <source>Put diagrams on PowerPoint slides as shapes you can still edit</source>
        <translation>Diagramme als weiterhin bearbeitbare Formen auf PowerPoint-Folien setzen</translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation>Als Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the selection (or the whole diagram) as a picture, to paste into slides</source>
        <translation>Auswahl (oder das ganze Diagramm) als Bild kopieren, zum Einfügen in Folien</translation>
    </message>
    <message>
        <source>Export stopped: {count} of {total} pictures written.</source>
        <translation>Export abgebrochen: {count} von {total} Bildern geschrieben.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>Exported {count} pictures to {folder}</source>
        <translation>{count} Bilder nach {folder} exportiert</translation>
    </message>
    <message>
        <source>There is no diagram to put on slides.</source>
        <translation>Es gibt kein Diagramm für Folien.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint-Folien (*.pptx)</translation>
    </message>
    <message>
        <source>Cannot write the slides</source>
        <translation>Folien können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote {count} slides to {path}</source>
        <translation>{count} Folien nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Cannot copy the picture: {error}</source>
        <translation>Bild kann nicht kopiert werden: {error}</translation>
    </message>
    <message>
        <source>Open a diagram to copy it as a picture.</source>
        <translation>Öffnen Sie ein Diagramm, um es als Bild zu kopieren.</translation>
    </message>
    <message>
        <source>Copied the selection as a picture.</source>
        <translation>Auswahl als Bild kopiert.</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture.</source>
        <translation>Diagramm als Bild kopiert.</translation>
    </message>
    <message>
        <source>(outside the document&apos;s folder: never written)</source>
        <translation>(außerhalb des Dokumentordners: wird nie geschrieben)</translation>
    </message>
    <message>
        <source>Pictures written on save</source>
        <translation>Beim Speichern geschriebene Bilder</translation>
    </message>
    <message>
        <source>{name} asks to write these pictures every time it is saved:</source>
        <translation>{name} möchte diese Bilder bei jedem Speichern schreiben:</translation>
    </message>
    <message>
        <source>Write them? Choose Don&apos;t Write if you did not expect this document to write files.</source>
        <translation>Sollen sie geschrieben werden? Wählen Sie „Nicht schreiben“, wenn Sie nicht erwartet haben, dass dieses Dokument Dateien schreibt.</translation>
    </message>
    <message>
        <source>&amp;Write Pictures</source>
        <translation>Bilder &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Write</source>
        <translation>&amp;Nicht schreiben</translation>
    </message>
    <message>
        <source>Export on save failed: {problem}</source>
        <translation>Export beim Speichern fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Saved; 1 picture updated.</source>
        <translation>Gespeichert; 1 Bild aktualisiert.</translation>
    </message>
    <message>
        <source>Saved; {count} pictures updated.</source>
        <translation>Gespeichert; {count} Bilder aktualisiert.</translation>
    </message>
    <message>
        <source>Saved; the document&apos;s pictures were not written.</source>
        <translation>Gespeichert; die Bilder des Dokuments wurden nicht geschrieben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Stereotype</source>
        <translation>Stereotyp</translation>
    </message>
    <message>
        <source>Property “{key}”</source>
        <translation>Eigenschaft „{key}“</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Eigenschaftsname</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Role at the {key} end</source>
        <translation>Rolle an der {key}</translation>
    </message>
    <message>
        <source>Extension point {n}</source>
        <translation>Erweiterungspunkt {n}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Stakeholder {n}</source>
        <translation>Stakeholder {n}</translation>
    </message>
    <message>
        <source>Interest of stakeholder {n}</source>
        <translation>Interesse von Stakeholder {n}</translation>
    </message>
    <message>
        <source>Precondition {n}</source>
        <translation>Vorbedingung {n}</translation>
    </message>
    <message>
        <source>Postcondition {n}</source>
        <translation>Nachbedingung {n}</translation>
    </message>
    <message>
        <source>Business rule {n}</source>
        <translation>Geschäftsregel {n}</translation>
    </message>
    <message>
        <source>Open issue {n}</source>
        <translation>Offener Punkt {n}</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Schritt {n}</translation>
    </message>
    <message>
        <source>Extension {n}: condition</source>
        <translation>Erweiterung {n}: Bedingung</translation>
    </message>
    <message>
        <source>Extension step {n}</source>
        <translation>Erweiterungsschritt {n}</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Journey-Phase</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Pain point {n}</source>
        <translation>Pain Point {n}</translation>
    </message>
    <message>
        <source>KPI {n}</source>
        <translation>KPI {n}</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quellseite</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielseite</translation>
    </message>
    <message>
        <source>the name would be empty</source>
        <translation>der Name wäre leer</translation>
    </message>
    <message>
        <source>another property would have the same name</source>
        <translation>eine andere Eigenschaft hätte denselben Namen</translation>
    </message>
    <message>
        <source>a journey stage is renamed in the journey&apos;s list, not here</source>
        <translation>eine Journey-Phase wird in der Liste der Journey umbenannt, nicht hier</translation>
    </message>
    <message>
        <source>a journey touchpoint is renamed in the journey&apos;s list, not here</source>
        <translation>ein Touchpoint der Journey wird in der Liste der Journey umbenannt, nicht hier</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Nach dem Ersetzen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search names, documentation, specifications, properties and journey fields</source>
        <translation>Namen, Dokumentation, Spezifikationen, Eigenschaften und Journey-Felder durchsuchen</translation>
    </message>
    <message>
        <source>Find in names, documentation, specifications, properties…</source>
        <translation>In Namen, Dokumentation, Spezifikationen, Eigenschaften suchen…</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation>Ersetzen durch…</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the chosen match and go to the next one</source>
        <translation>Gewählten Treffer ersetzen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Alle Treffer ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
    <message>
        <source> at character {n}</source>
        <translation> an Position {n}</translation>
    </message>
    <message>
        <source>Invalid regular expression: {reason}{where}. Nothing is searched.</source>
        <translation>Ungültiger regulärer Ausdruck: {reason}{where}. Es wird nichts gesucht.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>{n} matches; the first {shown} are listed.</source>
        <translation>{n} Treffer; die ersten {shown} sind aufgelistet.</translation>
    </message>
    <message>
        <source>1 match.</source>
        <translation>1 Treffer.</translation>
    </message>
    <message>
        <source>{n} matches.</source>
        <translation>{n} Treffer.</translation>
    </message>
    <message>
        <source>Not replaced: {reason}</source>
        <translation>Nicht ersetzt: {reason}</translation>
    </message>
    <message>
        <source>{kind} “{name}”: {where}</source>
        <translation>{kind} „{name}“: {where}</translation>
    </message>
    <message>
        <source>Replace in {where} of “{name}”</source>
        <translation>In {where} von „{name}“ ersetzen</translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replace}”</source>
        <translation>„{find}“ durch „{replace}“ ersetzen</translation>
    </message>
    <message>
        <source>Replaced in 1 field.</source>
        <translation>In 1 Feld ersetzt.</translation>
    </message>
    <message>
        <source>Replaced in {n} fields.</source>
        <translation>In {n} Feldern ersetzt.</translation>
    </message>
    <message>
        <source>{n} not replaced: {reasons}.</source>
        <translation>{n} nicht ersetzt: {reasons}.</translation>
    </message>
    <message>
        <source>Not replaced: {reason}.</source>
        <translation>Nicht ersetzt: {reason}.</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Show the next match of the search</source>
        <translation>Nächsten Treffer der Suche zeigen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Show the previous match of the search</source>
        <translation>Vorherigen Treffer der Suche zeigen</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Suchen und Erset&amp;zen…</translation>
    </message>
    <message>
        <source>Replace text in names and texts, with a preview of what changes</source>
        <translation>Text in Namen und Texten ersetzen, mit Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>F&amp;ind Panel</source>
        <translation>&amp;Suchbereich</translation>
    </message>
    <message>
        <source>Show or hide the panel of the search and its matches</source>
        <translation>Bereich mit der Suche und ihren Treffern ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show the frame of “{name}”</source>
        <translation>Rahmen von „{name}“ zeigen</translation>
    </message>
    <message>
        <source>Hide the frame of “{name}”</source>
        <translation>Rahmen von „{name}“ ausblenden</translation>
    </message>
    <message>
        <source>Diagram &amp;Frame</source>
        <translation>Diagramm&amp;rahmen</translation>
    </message>
    <message>
        <source>Draw the UML frame headed “uc [name]” around this diagram, on the canvas and in pictures, prints and the report</source>
        <translation>Den UML-Rahmen mit der Überschrift „uc [Name]“ um dieses Diagramm zeichnen, auf der Zeichenfläche und in Bildern, Ausdrucken und dem Bericht</translation>
    </message>
    <message>
        <source>Show Journey &amp;Lanes</source>
        <translation>&amp;Journey-Bahnen anzeigen</translation>
    </message>
    <message>
        <source>Show the journey stages as lanes on this diagram; a use case placed in a lane takes its stage</source>
        <translation>Journey-Phasen als Bahnen in diesem Diagramm anzeigen; ein Anwendungsfall in einer Bahn übernimmt deren Phase</translation>
    </message>
    <message>
        <source>&amp;Arrange Use Cases in Lanes</source>
        <translation>&amp;Anwendungsfälle in Bahnen anordnen</translation>
    </message>
    <message>
        <source>Move every use case that has a stage into its lane</source>
        <translation>Jeden Anwendungsfall mit Phase in seine Bahn verschieben</translation>
    </message>
    <message>
        <source>Journey Lane &amp;Width…</source>
        <translation>Bahnbrei&amp;te…</translation>
    </message>
    <message>
        <source>How wide the lanes of this diagram are</source>
        <translation>Wie breit die Bahnen dieses Diagramms sind</translation>
    </message>
    <message>
        <source>Journey &amp;Stages and Touchpoints…</source>
        <translation>Journey-&amp;Phasen und Touchpoints…</translation>
    </message>
    <message>
        <source>Edit the stages of the customer journey and the touchpoint list</source>
        <translation>Phasen der Customer Journey und Liste der Touchpoints bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>Ab&amp;deckung</translation>
    </message>
    <message>
        <source>Show which use cases cover each journey stage for each actor</source>
        <translation>Zeigen, welche Anwendungsfälle jede Journey-Phase für jeden Akteur abdecken</translation>
    </message>
    <message>
        <source>Show journey lanes</source>
        <translation>Journey-Bahnen anzeigen</translation>
    </message>
    <message>
        <source>Hide journey lanes</source>
        <translation>Journey-Bahnen ausblenden</translation>
    </message>
    <message>
        <source>Journey Lane Width</source>
        <translation>Bahnbreite</translation>
    </message>
    <message>
        <source>Width of each lane (points at 100 %):</source>
        <translation>Breite jeder Bahn (Punkte bei 100 %):</translation>
    </message>
    <message>
        <source>Change lane width</source>
        <translation>Bahnbreite ändern</translation>
    </message>
    <message>
        <source>Arrange use cases in lanes</source>
        <translation>Anwendungsfälle in Bahnen anordnen</translation>
    </message>
    <message>
        <source>{n} use cases moved into their lanes.</source>
        <translation>{n} Anwendungsfälle in ihre Bahnen verschoben.</translation>
    </message>
    <message>
        <source>“{usecase}” now belongs to “{subject}”</source>
        <translation>„{usecase}“ gehört jetzt zu „{subject}“</translation>
    </message>
    <message>
        <source>“{usecase}” left “{subject}”</source>
        <translation>„{usecase}“ hat „{subject}“ verlassen</translation>
    </message>
    <message>
        <source>System boundaries changed: {changes}.</source>
        <translation>Systemgrenzen geändert: {changes}.</translation>
    </message>
    <message>
        <source>Journey Stages and Touchpoints</source>
        <translation>Journey-Phasen und Touchpoints</translation>
    </message>
    <message>
        <source>Stages, in the order of the journey</source>
        <translation>Phasen in der Reihenfolge der Journey</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a stage at the end</source>
        <translation>Phase am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation>Ausgewählte Phase entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected stage earlier</source>
        <translation>Ausgewählte Phase nach vorn verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected stage later</source>
        <translation>Ausgewählte Phase nach hinten verschieben</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Beschreibung der Phase</translation>
    </message>
    <message>
        <source>Stage pain points</source>
        <translation>Pain Points der Phase</translation>
    </message>
    <message>
        <source>one pain point a line, e.g. from customer research</source>
        <translation>ein Pain Point pro Zeile, z. B. aus der Kundenforschung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Touchpoints to choose from</source>
        <translation>Auswählbare Touchpoints</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>e.g. social media</source>
        <translation>z. B. Social Media</translation>
    </message>
    <message>
        <source>Add the touchpoint typed above</source>
        <translation>Oben eingegebenen Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected touchpoint</source>
        <translation>Ausgewählten Touchpoint entfernen</translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <source>The touchpoint &quot;{name}&quot; is in the list already.</source>
        <translation>Der Touchpoint „{name}“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Stage {n} needs a name.</source>
        <translation>Phase {n} braucht einen Namen.</translation>
    </message>
    <message>
        <source>Touchpoint {n} needs a name.</source>
        <translation>Touchpoint {n} braucht einen Namen.</translation>
    </message>
    <message>
        <source>The touchpoint &quot;{name}&quot; is listed twice.</source>
        <translation>Der Touchpoint „{name}“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Change journey stages and touchpoints</source>
        <translation>Journey-Phasen und Touchpoints ändern</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>{what}: &quot;{text}&quot; is not a number.</source>
        <translation>{what}: „{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>{what}: the value must be a finite number.</source>
        <translation>{what}: Der Wert muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>The stage of the customer journey; on diagrams showing lanes the use case moves into its lane</source>
        <translation>Die Phase der Customer Journey; in Diagrammen mit Bahnen wandert der Anwendungsfall in seine Bahn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tick the channels where this step happens</source>
        <translation>Kanäle ankreuzen, in denen dieser Schritt stattfindet</translation>
    </message>
    <message>
        <source>Edit Stages and Touchpoints…</source>
        <translation>Phasen und Touchpoints bearbeiten…</translation>
    </message>
    <message>
        <source>Add, rename or remove the journey&apos;s stages and touchpoints</source>
        <translation>Phasen und Touchpoints der Journey hinzufügen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <source>Customer emotion</source>
        <translation>Kundenemotion</translation>
    </message>
    <message>
        <source>How the customer feels at this step, from −2 to +2</source>
        <translation>Wie sich der Kunde bei diesem Schritt fühlt, von −2 bis +2</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>one pain point a line</source>
        <translation>ein Pain Point pro Zeile</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Add a key performance indicator to this use case</source>
        <translation>Diesem Anwendungsfall eine Kennzahl (KPI) hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI entfernen</translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation>Ausgewählte KPI entfernen</translation>
    </message>
    <message>
        <source>Met or missed is shown in the Coverage view.</source>
        <translation>Erreicht oder verfehlt zeigt die Ansicht „Abdeckung“.</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Phase festlegen</translation>
    </message>
    <message>
        <source>Change touchpoints</source>
        <translation>Touchpoints ändern</translation>
    </message>
    <message>
        <source>Set customer emotion</source>
        <translation>Kundenemotion festlegen</translation>
    </message>
    <message>
        <source>Change pain points</source>
        <translation>Pain Points ändern</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>KPI {n} choice</source>
        <translation>KPI {n}: Auswahl</translation>
    </message>
    <message>
        <source>{kpi} target</source>
        <translation>{kpi}: Zielwert</translation>
    </message>
    <message>
        <source>{kpi} current value</source>
        <translation>{kpi}: Istwert</translation>
    </message>
    <message>
        <source>Change KPIs</source>
        <translation>KPIs ändern</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neue KPI</translation>
    </message>
    <message>
        <source>Auto Layout</source>
        <translation>Auto-Layout</translation>
    </message>
    <message>
        <source>Auto Layout failed: {reason}</source>
        <translation>Auto-Layout fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Laid out {n} selected shapes.</source>
        <translation>{n} ausgewählte Formen angeordnet.</translation>
    </message>
    <message>
        <source>Laid out the diagram.</source>
        <translation>Diagramm angeordnet.</translation>
    </message>
    <message>
        <source>Tidy Labels</source>
        <translation>Beschriftungen aufräumen</translation>
    </message>
    <message>
        <source>Tidy Labels failed: {reason}</source>
        <translation>Beschriftungen aufräumen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Labels tidied.</source>
        <translation>Beschriftungen aufgeräumt.</translation>
    </message>
    <message>
        <source>Select the shapes that should keep their position.</source>
        <translation>Wählen Sie die Formen aus, die ihre Position behalten sollen.</translation>
    </message>
    <message>
        <source>Keep Position</source>
        <translation>Position fixieren</translation>
    </message>
    <message>
        <source>Release Position</source>
        <translation>Position freigeben</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>Auto-La&amp;yout</translation>
    </message>
    <message>
        <source>Lay out the diagram, or the selected shapes, automatically; shapes marked Keep Position stay where they are</source>
        <translation>Diagramm oder ausgewählte Formen automatisch anordnen; Formen mit fixierter Position bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Tidy La&amp;bels</source>
        <translation>Beschriftungen au&amp;fräumen</translation>
    </message>
    <message>
        <source>Move only labels, condition notes and comments so that they cover nothing</source>
        <translation>Nur Beschriftungen, Bedingungsnotizen und Kommentare verschieben, sodass sie nichts verdecken</translation>
    </message>
    <message>
        <source>&amp;Keep Position</source>
        <translation>Position fi&amp;xieren</translation>
    </message>
    <message>
        <source>Auto Layout leaves the selected shapes where they are (toggle)</source>
        <translation>Auto-Layout lässt die ausgewählten Formen, wo sie sind (umschalten)</translation>
    </message>
    <message>
        <source>ucdesigner documents (*.ucd);;All files (*)</source>
        <translation>ucdesigner-Dokumente (*.ucd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a document used lately</source>
        <translation>Ein zuletzt verwendetes Dokument öffnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Connect Selected</source>
        <translation>Auswahl ver&amp;binden</translation>
    </message>
    <message>
        <source>Draw a relationship from the first selected element to the second</source>
        <translation>Beziehung vom zuerst ausgewählten Element zum zweiten zeichnen</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Bereich „{panel}“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>{name}[*] — ucdesigner</source>
        <translation>{name}[*] — ucdesigner</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Rasterweite</translation>
    </message>
    <message>
        <source>Grid spacing (px at 100 %):</source>
        <translation>Rasterabstand (px bei 100 %):</translation>
    </message>
    <message>
        <source>Diagram {n}</source>
        <translation>Diagramm {n}</translation>
    </message>
    <message>
        <source>New diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename diagram “{name}”</source>
        <translation>Diagramm „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate diagram “{name}”</source>
        <translation>Diagramm „{name}“ duplizieren</translation>
    </message>
    <message>
        <source>Delete diagram “{name}”</source>
        <translation>Diagramm „{name}“ löschen</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Models of other tools, imported ({patterns})</source>
        <translation>Modelle anderer Werkzeuge, importiert ({patterns})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>{path} geöffnet.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The &amp;current diagram</source>
        <translation>&amp;Aktuelles Diagramm</translation>
    </message>
    <message>
        <source>&amp;Every diagram</source>
        <translation>Alle Dia&amp;gramme</translation>
    </message>
    <message>
        <source>The &amp;selection</source>
        <translation>Aus&amp;wahl</translation>
    </message>
    <message>
        <source>&amp;Fit each diagram on one page</source>
        <translation>Jedes Diagramm auf &amp;eine Seite</translation>
    </message>
    <message>
        <source>&amp;Tile across pages at</source>
        <translation>Auf Seiten &amp;kacheln mit</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>How much neighbouring pages repeat, to trim and glue them</source>
        <translation>Wie viel sich benachbarte Seiten wiederholen, zum Zuschneiden und Zusammenkleben</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <source>&amp;Header: document, diagram and date</source>
        <translation>Kopf&amp;zeile: Dokument, Diagramm und Datum</translation>
    </message>
    <message>
        <source>F&amp;ooter: page n of m</source>
        <translation>&amp;Fußzeile: Seite n von m</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Drucken:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Overlap of tiles:</source>
        <translation>Überlappung der Kacheln:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Ränder:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <source>Printed 1 page.</source>
        <translation>1 Seite gedruckt.</translation>
    </message>
    <message>
        <source>Printed {n} pages.</source>
        <translation>{n} Seiten gedruckt.</translation>
    </message>
    <message>
        <source>The document has no diagram to print.</source>
        <translation>Das Dokument hat kein Diagramm zum Drucken.</translation>
    </message>
    <message>
        <source>Print the diagram, every diagram or the selection</source>
        <translation>Diagramm, alle Diagramme oder die Auswahl drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druckv&amp;orschau…</translation>
    </message>
    <message>
        <source>See the printed pages before printing them</source>
        <translation>Gedruckte Seiten vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} Warnungen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} Hinweise</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Summary of the problems</source>
        <translation>Zusammenfassung der Probleme</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Choose which checks run on this document</source>
        <translation>Auswählen, welche Prüfungen für dieses Dokument laufen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Lösungsvorschlag</translation>
    </message>
    <message>
        <source>Suggested fix: {fix}</source>
        <translation>Lösungsvorschlag: {fix}</translation>
    </message>
    <message>
        <source>Cannot fix it: {problem}</source>
        <translation>Kann nicht behoben werden: {problem}</translation>
    </message>
    <message>
        <source>Turn on the check “{title}”</source>
        <translation>Prüfung „{title}“ einschalten</translation>
    </message>
    <message>
        <source>Turn off the check “{title}”</source>
        <translation>Prüfung „{title}“ ausschalten</translation>
    </message>
    <message>
        <source>Severity: {severity}</source>
        <translation>Schweregrad: {severity}</translation>
    </message>
    <message>
        <source>Show Element</source>
        <translation>Element zeigen</translation>
    </message>
    <message>
        <source>Turn Off “{title}”</source>
        <translation>„{title}“ ausschalten</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Show or hide the problems the model checks find</source>
        <translation>Probleme, die die Modellprüfungen finden, ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show the problems the model checks find (F8)</source>
        <translation>Probleme zeigen, die die Modellprüfungen finden (F8)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>ucdesigner did not close properly last time. These documents had changes that were not saved. Restore them to keep working, or discard them.</source>
        <translation>ucdesigner wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen. Stellen Sie sie wieder her, um weiterzuarbeiten, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Recoverable documents</source>
        <translation>Wiederherstellbare Dokumente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(nie gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the ticked documents with their unsaved changes</source>
        <translation>Angekreuzte Dokumente mit ihren ungespeicherten Änderungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete the recovery copies of the ticked documents</source>
        <translation>Wiederherstellungskopien der angekreuzten Dokumente löschen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Keep the copies and ask again at the next start</source>
        <translation>Kopien behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Ungespeicherte Arbeit verwerfen</translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {n} document(s)? This cannot be undone.</source>
        <translation>Die ungespeicherten Änderungen von {n} Dokument(en) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}; its file is unknown, Save asks where.</source>
        <translation>Ungespeicherte Änderungen von {title} wiederhergestellt; die Datei ist unbekannt, beim Speichern werden Sie nach dem Ort gefragt.</translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}; {path} changed since, Save will ask first.</source>
        <translation>Ungespeicherte Änderungen von {title} wiederhergestellt; {path} wurde seitdem geändert, beim Speichern werden Sie zuerst gefragt.</translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}.</source>
        <translation>Ungespeicherte Änderungen von {title} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation>Webseite, eine Datei (*.html)</translation>
    </message>
    <message>
        <source>Markdown, with the diagrams beside it (*.md)</source>
        <translation>Markdown, mit den Diagrammen daneben (*.md)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Beric&amp;ht exportieren…</translation>
    </message>
    <message>
        <source>Write the diagrams, specifications, actors and check results as one document</source>
        <translation>Diagramme, Spezifikationen, Akteure und Prüfergebnisse als ein Dokument schreiben</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote the report to {path}</source>
        <translation>Bericht nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Wrote the report to {path} and {n} diagrams beside it</source>
        <translation>Bericht nach {path} und {n} Diagramme daneben geschrieben</translation>
    </message>
    <message>
        <source>Add a row below (Ctrl+Return or Insert)</source>
        <translation>Zeile darunter hinzufügen (Ctrl+Return oder Insert)</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Zeile entfernen (Delete)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Outdent (Ctrl+Left)</source>
        <translation>Einzug verringern (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Indent under the row above (Ctrl+Right)</source>
        <translation>Unter die Zeile darüber einrücken (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what} entfernen</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>{what} nach oben verschieben</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>{what} nach unten verschieben</translation>
    </message>
    <message>
        <source>Indent {what}</source>
        <translation>{what} einrücken</translation>
    </message>
    <message>
        <source>Outdent {what}</source>
        <translation>Einzug von {what} verringern</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>{what} bearbeiten</translation>
    </message>
    <message>
        <source>The disk is full: there is no room for {name} in {folder}.</source>
        <translation>Der Datenträger ist voll: Für {name} ist in {folder} kein Platz.</translation>
    </message>
    <message>
        <source>Permission denied: you may not write {name} in {folder}.</source>
        <translation>Zugriff verweigert: Sie dürfen {name} nicht in {folder} schreiben.</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>Der Ordner {folder} existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger.</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} ist ein Ordner.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened it.</source>
        <translation>{name} wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>{name} was deleted or moved by another program since you opened it.</source>
        <translation>{name} wurde seit dem Öffnen von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, or cancel?</source>
        <translation>Mit Ihrer Version überschreiben, Ihre Version unter anderem Namen speichern oder abbrechen?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>Grid, snap, autosave, backups, export defaults, actor notation and colours</source>
        <translation>Raster, Einrasten, automatisches Speichern, Sicherungen, Export-Vorgaben, Akteurdarstellung und Farben</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Select the next / previous element</source>
        <translation>Nächstes / vorheriges Element auswählen</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Leave the canvas</source>
        <translation>Zeichenfläche verlassen</translation>
    </message>
    <message>
        <source>Tab on the last element</source>
        <translation>Tab auf dem letzten Element</translation>
    </message>
    <message>
        <source>Edit the selection&apos;s properties</source>
        <translation>Eigenschaften der Auswahl bearbeiten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Place the chosen element in the middle</source>
        <translation>Gewähltes Element in der Mitte platzieren</translation>
    </message>
    <message>
        <source>Enter (after its key)</source>
        <translation>Enter (nach seiner Taste)</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Auswahl verschieben</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: big steps)</source>
        <translation>Pfeiltasten (Shift: große Schritte)</translation>
    </message>
    <message>
        <source>Cancel the tool or the drag; clear the selection</source>
        <translation>Werkzeug oder Ziehen abbrechen; Auswahl aufheben</translation>
    </message>
    <message>
        <source>Next / previous diagram</source>
        <translation>Nächstes / vorheriges Diagramm</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <source>Space + drag, or the middle mouse button</source>
        <translation>Leertaste + Ziehen oder mittlere Maustaste</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + Mausrad</translation>
    </message>
    <message>
        <source>Place freely, off the grid</source>
        <translation>Frei platzieren, ohne Raster</translation>
    </message>
    <message>
        <source>Alt while dragging</source>
        <translation>Alt beim Ziehen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>This diagram</source>
        <translation>Dieses Diagramm</translation>
    </message>
    <message>
        <source>Every diagram, one after the other</source>
        <translation>Alle Diagramme, eines nach dem anderen</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>Breitbild (16:9)</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>Standard (4:3)</translation>
    </message>
    <message>
        <source>Editable shapes, lines glued to them</source>
        <translation>Bearbeitbare Formen mit angehefteten Linien</translation>
    </message>
    <message>
        <source>A picture (PNG, with SVG for newer Office)</source>
        <translation>Ein Bild (PNG, mit SVG für neuere Office-Versionen)</translation>
    </message>
    <message>
        <source>Whole, on one slide</source>
        <translation>Ganz, auf einer Folie</translation>
    </message>
    <message>
        <source>Built up: actors, use cases, include and extend, notes</source>
        <translation>Schrittweise aufgebaut: Akteure, Anwendungsfälle, Include und Extend, Kommentare</translation>
    </message>
    <message>
        <source>One journey stage at a time</source>
        <translation>Eine Journey-Phase nach der anderen</translation>
    </message>
    <message>
        <source>One use case at a time, the rest faded</source>
        <translation>Ein Anwendungsfall nach dem anderen, der Rest abgeblendet</translation>
    </message>
    <message>
        <source>&amp;Diagrams:</source>
        <translation>&amp;Diagramme:</translation>
    </message>
    <message>
        <source>Slide &amp;size:</source>
        <translation>Folien&amp;format:</translation>
    </message>
    <message>
        <source>Diagrams &amp;as:</source>
        <translation>Diagramme al&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Tell each diagram:</source>
        <translation>&amp;Ablauf je Diagramm:</translation>
    </message>
    <message>
        <source>Edit &amp;Specification…</source>
        <translation>S&amp;pezifikation bearbeiten…</translation>
    </message>
    <message>
        <source>Write the goal, steps and conditions of the selected use case</source>
        <translation>Ziel, Schritte und Bedingungen des ausgewählten Anwendungsfalls schreiben</translation>
    </message>
    <message>
        <source>Edit Specification…</source>
        <translation>Spezifikation bearbeiten…</translation>
    </message>
    <message>
        <source>Write the goal, steps and conditions of this use case</source>
        <translation>Ziel, Schritte und Bedingungen dieses Anwendungsfalls schreiben</translation>
    </message>
    <message>
        <source>Select one use case to edit its specification.</source>
        <translation>Wählen Sie einen Anwendungsfall aus, um seine Spezifikation zu bearbeiten.</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the specification as plain text, to paste into a document</source>
        <translation>Spezifikation als reinen Text kopieren, zum Einfügen in ein Dokument</translation>
    </message>
    <message>
        <source>Specification of “{name}”</source>
        <translation>Spezifikation von „{name}“</translation>
    </message>
    <message>
        <source>the use case</source>
        <translation>dem Anwendungsfall</translation>
    </message>
    <message>
        <source>From the associations</source>
        <translation>Aus den Assoziationen</translation>
    </message>
    <message>
        <source>(the model has no actors)</source>
        <translation>(das Modell hat keine Akteure)</translation>
    </message>
    <message>
        <source>Open in Larger Editor…</source>
        <translation>In größerem Editor öffnen…</translation>
    </message>
    <message>
        <source>Edit the specification in a window of its own</source>
        <translation>Spezifikation in einem eigenen Fenster bearbeiten</translation>
    </message>
    <message>
        <source>Change the {what} of {name}</source>
        <translation>{what} von {name} ändern</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change the scope of {name}</source>
        <translation>Bereich von {name} ändern</translation>
    </message>
    <message>
        <source>summary, user goal or subfunction (or your own word)</source>
        <translation>Überblick, Anwenderziel oder Subfunktion (oder ein eigenes Wort)</translation>
    </message>
    <message>
        <source>Change the level of {name}</source>
        <translation>Ebene von {name} ändern</translation>
    </message>
    <message>
        <source>Primary actors</source>
        <translation>Primärakteure</translation>
    </message>
    <message>
        <source>Supporting actors</source>
        <translation>Unterstützende Akteure</translation>
    </message>
    <message>
        <source>Change the supporting actors of {name}</source>
        <translation>Unterstützende Akteure von {name} ändern</translation>
    </message>
    <message>
        <source>Stakeholders and interests</source>
        <translation>Stakeholder und Interessen</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Vorbedingungen</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Vorbedingung</translation>
    </message>
    <message>
        <source>precondition</source>
        <translation>Vorbedingung</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Main success scenario</source>
        <translation>Hauptszenario</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Postconditions (expected outcome)</source>
        <translation>Nachbedingungen (erwartetes Ergebnis)</translation>
    </message>
    <message>
        <source>postcondition</source>
        <translation>Nachbedingung</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Geschäftsregeln</translation>
    </message>
    <message>
        <source>business rule</source>
        <translation>Geschäftsregel</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>open issue</source>
        <translation>Offenen Punkt</translation>
    </message>
    <message>
        <source>the system under design</source>
        <translation>das zu entwickelnde System</translation>
    </message>
    <message>
        <source>Change the primary actors of {name}</source>
        <translation>Primärakteure von {name} ändern</translation>
    </message>
    <message>
        <source>Use the Associated Actors</source>
        <translation>Assoziierte Akteure verwenden</translation>
    </message>
    <message>
        <source>Take the primary actors from the associations again</source>
        <translation>Primärakteure wieder aus den Assoziationen übernehmen</translation>
    </message>
    <message>
        <source>Take the primary actors of {name} from the associations</source>
        <translation>Primärakteure von {name} aus den Assoziationen übernehmen</translation>
    </message>
    <message>
        <source>Shown from the associations until you choose.</source>
        <translation>Aus den Assoziationen übernommen, bis Sie wählen.</translation>
    </message>
    <message>
        <source>Chosen here; the associations are not followed.</source>
        <translation>Hier gewählt; den Assoziationen wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Add an extension of the current step (Ctrl+Return)</source>
        <translation>Erweiterung des aktuellen Schritts hinzufügen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Remove the extension (Delete)</source>
        <translation>Erweiterung entfernen (Delete)</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Branches from step</source>
        <translation>Zweigt ab bei Schritt</translation>
    </message>
    <message>
        <source>At step</source>
        <translation>Bei Schritt</translation>
    </message>
    <message>
        <source>Condition of the extension</source>
        <translation>Bedingung der Erweiterung</translation>
    </message>
    <message>
        <source>what happens otherwise, e.g. “The card is refused”</source>
        <translation>was sonst passiert, z. B. „Die Karte wird abgelehnt“</translation>
    </message>
    <message>
        <source>Extension point</source>
        <translation>Erweiterungspunkt</translation>
    </message>
    <message>
        <source>The extension point of the use case at this place, for an «extend» to target</source>
        <translation>Der Erweiterungspunkt des Anwendungsfalls an dieser Stelle, als Ziel einer «extend»-Beziehung</translation>
    </message>
    <message>
        <source>Steps of the extension</source>
        <translation>Schritte der Erweiterung</translation>
    </message>
    <message>
        <source>extension {label} of {name}</source>
        <translation>Erweiterung {label} von {name}</translation>
    </message>
    <message>
        <source>* any step</source>
        <translation>* beliebiger Schritt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>New extension point…</source>
        <translation>Neuer Erweiterungspunkt…</translation>
    </message>
    <message>
        <source>Add extension {label} to {name}</source>
        <translation>Erweiterung {label} zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Tie {what} to another step</source>
        <translation>{what} an einen anderen Schritt binden</translation>
    </message>
    <message>
        <source>Change the condition of {what}</source>
        <translation>Bedingung von {what} ändern</translation>
    </message>
    <message>
        <source>Tie {what} to an extension point</source>
        <translation>{what} an einen Erweiterungspunkt binden</translation>
    </message>
    <message>
        <source>New extension point</source>
        <translation>Neuer Erweiterungspunkt</translation>
    </message>
    <message>
        <source>Name of the extension point:</source>
        <translation>Name des Erweiterungspunkts:</translation>
    </message>
    <message>
        <source>Create extension point “{point}” in {name}</source>
        <translation>Erweiterungspunkt „{point}“ in {name} anlegen</translation>
    </message>
    <message>
        <source>Post-purchase support</source>
        <translation>Betreuung nach dem Kauf</translation>
    </message>
    <message>
        <source>Delivery, getting started, problems, resolution and loyalty: tracking, returns, support and refunds, with the customer&apos;s emotion at each step.</source>
        <translation>Lieferung, Einstieg, Probleme, Lösung und Kundenbindung: Sendungsverfolgung, Rücksendungen, Support und Erstattungen, mit der Emotion des Kunden bei jedem Schritt.</translation>
    </message>
    <message>
        <source>Intent phase (online shop)</source>
        <translation>Kaufabsicht (Onlineshop)</translation>
    </message>
    <message>
        <source>From a need to the decision to buy: search, browse, compare, reviews and recommendations, with conversion KPIs.</source>
        <translation>Vom Bedarf zur Kaufentscheidung: Suchen, Stöbern, Vergleichen, Bewertungen und Empfehlungen, mit Conversion-KPIs.</translation>
    </message>
    <message>
        <source>Full customer journey</source>
        <translation>Vollständige Customer Journey</translation>
    </message>
    <message>
        <source>Awareness to advocacy in five stages, with specifications of the main use cases and a KPI in each balanced-scorecard perspective.</source>
        <translation>Von Awareness bis Advocacy in fünf Phasen, mit Spezifikationen der wichtigsten Anwendungsfälle und einer KPI in jeder Balanced-Scorecard-Perspektive.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>The five default stages as lanes on an empty diagram.</source>
        <translation>Die fünf Standardphasen als Bahnen in einem leeren Diagramm.</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>New document from the template “{name}”</source>
        <translation>Neues Dokument aus der Vorlage „{name}“</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus Vo&amp;rlage…</translation>
    </message>
    <message>
        <source>Start from a customer journey template</source>
        <translation>Mit einer Customer-Journey-Vorlage beginnen</translation>
    </message>
    <message>
        <source>Paste &amp;Table or PlantUML</source>
        <translation>&amp;Tabelle oder PlantUML einfügen</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (actor, use case, relationship, target, stage…) or PlantUML text</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen (Akteur, Anwendungsfall, Beziehung, Ziel, Phase…) oder PlantUML-Text hinzufügen</translation>
    </message>
    <message>
        <source>Import &amp;PlantUML…</source>
        <translation>&amp;PlantUML importieren…</translation>
    </message>
    <message>
        <source>Open a PlantUML use case diagram as a new document</source>
        <translation>Ein PlantUML-Anwendungsfalldiagramm als neues Dokument öffnen</translation>
    </message>
    <message>
        <source>Export Plant&amp;UML…</source>
        <translation>PlantU&amp;ML exportieren…</translation>
    </message>
    <message>
        <source>Write the model as PlantUML use case text</source>
        <translation>Modell als PlantUML-Anwendungsfalltext schreiben</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Tabelle einfügen</translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <source>{created} elements added, {reused} reused, {relationships} relationships</source>
        <translation>{created} Elemente hinzugefügt, {reused} wiederverwendet, {relationships} Beziehungen</translation>
    </message>
    <message>
        <source>Some rows could not be used</source>
        <translation>Einige Zeilen konnten nicht verwendet werden</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Import PlantUML</source>
        <translation>PlantUML importieren</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported {summary}</source>
        <translation>Importiert: {summary}</translation>
    </message>
    <message>
        <source>Some lines could not be used</source>
        <translation>Einige Zeilen konnten nicht verwendet werden</translation>
    </message>
    <message>
        <source>Export PlantUML</source>
        <translation>PlantUML exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <source>Written as PlantUML to {path}</source>
        <translation>Als PlantUML nach {path} geschrieben</translation>
    </message>
    <message>
        <source>A document not saved yet</source>
        <translation>Ein noch nicht gespeichertes Dokument</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Open a model from another tool: XMI, MagicDraw/Cameo .mdzip, ArgoUML .zargo, StarUML .mdj, draw.io drawings</source>
        <translation>Ein Modell aus einem anderen Werkzeug öffnen: XMI, MagicDraw/Cameo .mdzip, ArgoUML .zargo, StarUML .mdj, draw.io-Zeichnungen</translation>
    </message>
    <message>
        <source>Export &amp;XMI…</source>
        <translation>&amp;XMI exportieren…</translation>
    </message>
    <message>
        <source>Write the model as XMI for other UML tools</source>
        <translation>Modell als XMI für andere UML-Werkzeuge schreiben</translation>
    </message>
    <message>
        <source>Export &amp;StarUML…</source>
        <translation>S&amp;tarUML exportieren…</translation>
    </message>
    <message>
        <source>Write the model as a StarUML project (.mdj), diagrams included</source>
        <translation>Modell als StarUML-Projekt (.mdj) schreiben, mit Diagrammen</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation>Systemgrenzen</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Assoziationen</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Include-Beziehungen</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Extend-Beziehungen</translation>
    </message>
    <message>
        <source>Generalizations</source>
        <translation>Generalisierungen</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Comment links</source>
        <translation>Kommentarverbindungen</translation>
    </message>
    <message>
        <source>Extension points</source>
        <translation>Erweiterungspunkte</translation>
    </message>
    <message>
        <source>Diagrams read from the file</source>
        <translation>Aus der Datei gelesene Diagramme</translation>
    </message>
    <message>
        <source>Shapes placed on them</source>
        <translation>Darauf platzierte Formen</translation>
    </message>
    <message>
        <source>Diagrams laid out automatically</source>
        <translation>Automatisch angeordnete Diagramme</translation>
    </message>
    <message>
        <source>References to other files</source>
        <translation>Verweise auf andere Dateien</translation>
    </message>
    <message>
        <source>XMI files</source>
        <translation>XMI-Dateien</translation>
    </message>
    <message>
        <source>MagicDraw / Cameo projects</source>
        <translation>MagicDraw-/Cameo-Projekte</translation>
    </message>
    <message>
        <source>ArgoUML projects</source>
        <translation>ArgoUML-Projekte</translation>
    </message>
    <message>
        <source>StarUML projects</source>
        <translation>StarUML-Projekte</translation>
    </message>
    <message>
        <source>draw.io drawings</source>
        <translation>draw.io-Zeichnungen</translation>
    </message>
    <message>
        <source>Models of other tools ({patterns})</source>
        <translation>Modelle anderer Werkzeuge ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importieren nicht möglich</translation>
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
        <translation>XMI exportieren</translation>
    </message>
    <message>
        <source>Cannot export XMI</source>
        <translation>XMI kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export StarUML project</source>
        <translation>StarUML-Projekt exportieren</translation>
    </message>
    <message>
        <source>StarUML projects (*.mdj)</source>
        <translation>StarUML-Projekte (*.mdj)</translation>
    </message>
    <message>
        <source>Cannot export StarUML project</source>
        <translation>StarUML-Projekt kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <source>restyled</source>
        <translation>Stil geändert</translation>
    </message>
    <message>
        <source>rerouted</source>
        <translation>neu geführt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>1 pain point</source>
        <translation>1 Pain Point</translation>
    </message>
    <message>
        <source>{n} pain points</source>
        <translation>{n} Pain Points</translation>
    </message>
    <message>
        <source>Customer emotion: {value} ({meaning})</source>
        <translation>Kundenemotion: {value} ({meaning})</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>Knickpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation>Knickpunkt verschieben</translation>
    </message>
    <message>
        <source>Move condition note</source>
        <translation>Bedingungsnotiz verschieben</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>Beschriftung verschieben</translation>
    </message>
    <message>
        <source>Release on the element this end should go to.</source>
        <translation>Auf dem Element loslassen, zu dem dieses Ende führen soll.</translation>
    </message>
    <message>
        <source>Release to reconnect the line here.</source>
        <translation>Loslassen, um die Linie hier neu zu verbinden.</translation>
    </message>
    <message>
        <source>Reconnect {what}</source>
        <translation>{what} neu verbinden</translation>
    </message>
    <message>
        <source>Select: click an element, drag to move it, drag on empty canvas to select several; double-click or F2 renames.</source>
        <translation>Auswählen: Element anklicken, zum Verschieben ziehen, auf leerer Fläche ziehen, um mehrere auszuwählen; Doppelklick oder F2 benennt um.</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>Knickpunkt entfernen</translation>
    </message>
    <message>
        <source>Click on the diagram to place {a_kind}, or press Enter to place it in the middle (Esc cancels).</source>
        <translation>Klicken Sie in das Diagramm, um {a_kind} zu platzieren, oder drücken Sie Enter für die Mitte (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Draw {a_kind}: press on the element it starts from, drag to the other one and release (Esc cancels).</source>
        <translation>{a_kind} zeichnen: auf das Startelement drücken, zum anderen ziehen und loslassen (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Release to draw the {kind} to {target}.</source>
        <translation>Loslassen, um die {kind} zu {target} zu zeichnen.</translation>
    </message>
    <message>
        <source>Drag to the element the line should go to.</source>
        <translation>Zu dem Element ziehen, zu dem die Linie führen soll.</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab select the elements one by one; Enter edits the properties, F2 renames, the arrow keys move, Delete removes from the diagram.</source>
        <translation>Tab und Shift+Tab wählen die Elemente nacheinander aus; Enter bearbeitet die Eigenschaften, F2 benennt um, die Pfeiltasten verschieben, Delete entfernt aus dem Diagramm.</translation>
    </message>
    <message>
        <source>Diagram canvas</source>
        <translation>Diagramm-Zeichenfläche</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Already on this diagram.</source>
        <translation>Bereits in diesem Diagramm.</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <source>Added the {kind}: {what}.</source>
        <translation>{kind} hinzugefügt: {what}.</translation>
    </message>
    <message>
        <source>Selected: {what}.</source>
        <translation>Ausgewählt: {what}.</translation>
    </message>
    <message>
        <source>{n} elements selected.</source>
        <translation>{n} Elemente ausgewählt.</translation>
    </message>
    <message>
        <source>{what} ({n} of {count}). Enter: properties, F2: rename, arrows: move.</source>
        <translation>{what} ({n} von {count}). Enter: Eigenschaften, F2: umbenennen, Pfeiltasten: verschieben.</translation>
    </message>
    <message>
        <source>Select exactly two elements: the line goes from the first to the second.</source>
        <translation>Wählen Sie genau zwei Elemente aus: Die Linie führt vom ersten zum zweiten.</translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <source>{n} elements</source>
        <translation>{n} Elemente</translation>
    </message>
    <message>
        <source>Move {what}</source>
        <translation>{what} verschieben</translation>
    </message>
    <message>
        <source>Resize {name}</source>
        <translation>Größe von {name} ändern</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} umbenennen</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>{name} ändern</translation>
    </message>
    <message>
        <source>{n} met</source>
        <translation>{n} erreicht</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation>{n} verfehlt</translation>
    </message>
    <message>
        <source>{n} not measured</source>
        <translation>{n} nicht gemessen</translation>
    </message>
    <message>
        <source>⚠ pain points, no use case</source>
        <translation>⚠ Pain Points, kein Anwendungsfall</translation>
    </message>
    <message>
        <source>1 empty cell.</source>
        <translation>1 leere Zelle.</translation>
    </message>
    <message>
        <source>{n} empty cells.</source>
        <translation>{n} leere Zellen.</translation>
    </message>
    <message>
        <source>Pain points but no use case: {stages}.</source>
        <translation>Pain Points, aber kein Anwendungsfall: {stages}.</translation>
    </message>
    <message>
        <source>Every stage has a use case for every actor.</source>
        <translation>Jede Phase hat für jeden Akteur einen Anwendungsfall.</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>no emotion set</source>
        <translation>keine Emotion festgelegt</translation>
    </message>
    <message>
        <source>The mean emotion of the use cases in each stage (−2 to +2); ! marks the pain points.</source>
        <translation>Die mittlere Emotion der Anwendungsfälle je Phase (−2 bis +2); ! markiert die Pain Points.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>1 use case</source>
        <translation>1 Anwendungsfall</translation>
    </message>
    <message>
        <source>{n} use cases</source>
        <translation>{n} Anwendungsfälle</translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation>1 Akteur</translation>
    </message>
    <message>
        <source>{n} actors</source>
        <translation>{n} Akteure</translation>
    </message>
    <message>
        <source>1 diagram</source>
        <translation>1 Diagramm</translation>
    </message>
    <message>
        <source>{n} diagrams</source>
        <translation>{n} Diagramme</translation>
    </message>
    <message>
        <source>1 specification</source>
        <translation>1 Spezifikation</translation>
    </message>
    <message>
        <source>{n} specifications</source>
        <translation>{n} Spezifikationen</translation>
    </message>
    <message>
        <source>Made with ucdesigner {version}</source>
        <translation>Erstellt mit ucdesigner {version}</translation>
    </message>
    <message>
        <source>Made with ucdesigner {version} on {date}</source>
        <translation>Erstellt mit ucdesigner {version} am {date}</translation>
    </message>
    <message>
        <source>Use case model</source>
        <translation>Anwendungsfallmodell</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Included by</source>
        <translation>Inkludiert von</translation>
    </message>
    <message>
        <source>Extended by</source>
        <translation>Erweitert von</translation>
    </message>
    <message>
        <source>Specialises</source>
        <translation>Spezialisiert</translation>
    </message>
    <message>
        <source>Specialised by</source>
        <translation>Spezialisiert durch</translation>
    </message>
    <message>
        <source>No steps written yet.</source>
        <translation>Noch keine Schritte geschrieben.</translation>
    </message>
    <message>
        <source>A kind of</source>
        <translation>Eine Art von</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Beteiligt an</translation>
    </message>
    <message>
        <source>no use case</source>
        <translation>kein Anwendungsfall</translation>
    </message>
    <message>
        <source>P: primary actor · S: supporting actor · ●: associated</source>
        <translation>P: Primärakteur · S: Sekundärakteur (unterstützend) · ●: assoziiert</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>Primärakteur</translation>
    </message>
    <message>
        <source>supporting actor</source>
        <translation>unterstützender Akteur</translation>
    </message>
    <message>
        <source>associated</source>
        <translation>assoziiert</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Rückverfolgbarkeitsmatrix</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {notes} notes.</source>
        <translation>{errors} Fehler, {warnings} Warnungen, {notes} Hinweise.</translation>
    </message>
    <message>
        <source>No problems found: every model check passed.</source>
        <translation>Keine Probleme gefunden: Alle Modellprüfungen bestanden.</translation>
    </message>
    <message>
        <source>Checks switched off for this document: {codes}.</source>
        <translation>Für dieses Dokument ausgeschaltete Prüfungen: {codes}.</translation>
    </message>
    <message>
        <source>Model check results</source>
        <translation>Ergebnisse der Modellprüfung</translation>
    </message>
    <message>
        <source>This diagram is empty.</source>
        <translation>Dieses Diagramm ist leer.</translation>
    </message>
    <message>
        <source>No use cases on this slide.</source>
        <translation>Keine Anwendungsfälle auf dieser Folie.</translation>
    </message>
    <message>
        <source>Use cases on this slide:</source>
        <translation>Anwendungsfälle auf dieser Folie:</translation>
    </message>
    <message>
        <source>(no goal written yet)</source>
        <translation>(noch kein Ziel geschrieben)</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source> (unlinks the scenario extension {conditions})</source>
        <translation> (hebt die Verknüpfung mit der Szenario-Erweiterung {conditions} auf)</translation>
    </message>
    <message>
        <source>merge two changed versions of a .ucd file with their common base (git merge driver)</source>
        <translation>zwei geänderte Versionen einer .ucd-Datei mit ihrer gemeinsamen Basis zusammenführen (Merge-Treiber für git)</translation>
    </message>
    <message>
        <source>the common ancestor (git: %%O)</source>
        <translation>der gemeinsame Vorfahr (git: %%O)</translation>
    </message>
    <message>
        <source>our version, written over (git: %%A)</source>
        <translation>unsere Version, wird überschrieben (git: %%A)</translation>
    </message>
    <message>
        <source>their version (git: %%B)</source>
        <translation>die Version der anderen Seite (git: %%B)</translation>
    </message>
    <message>
        <source>write here instead of OURS</source>
        <translation>hierhin statt nach OURS schreiben</translation>
    </message>
    <message>
        <source>the file&apos;s path in the repository, for messages (%%P)</source>
        <translation>der Pfad der Datei im Repository, für Meldungen (%%P)</translation>
    </message>
    <message>
        <source> in {path}</source>
        <translation> in {path}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>(no condition)</source>
        <translation>(keine Bedingung)</translation>
    </message>
    <message>
        <source>--dialect and --report apply to XMI, not to PlantUML</source>
        <translation>--dialect und --report gelten für XMI, nicht für PlantUML</translation>
    </message>
    <message>
        <source>--dialect applies to exports (.ucd to .xmi/.uml), not to imports</source>
        <translation>--dialect gilt für Exporte (.ucd nach .xmi/.uml), nicht für Importe</translation>
    </message>
    <message>
        <source>convert XMI (.xmi .uml .xml .emx .mdxml), MagicDraw (.mdzip), ArgoUML (.zargo), StarUML (.mdj), draw.io (.drawio) and PlantUML (.puml) to .ucd documents and back</source>
        <translation>XMI (.xmi .uml .xml .emx .mdxml), MagicDraw (.mdzip), ArgoUML (.zargo), StarUML (.mdj), draw.io (.drawio) und PlantUML (.puml) in .ucd-Dokumente konvertieren und zurück</translation>
    </message>
    <message>
        <source>the file to read</source>
        <translation>die zu lesende Datei</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>import: print the import report, or write it to FILE (JSON for .json)</source>
        <translation>Import: den Importbericht ausgeben oder in FILE schreiben (JSON bei .json)</translation>
    </message>
    <message>
        <source>import: lay out every diagram automatically, even those that came with positions</source>
        <translation>Import: jedes Diagramm automatisch anordnen, auch die mit Positionen</translation>
    </message>
    <message>
        <source>export: the XMI dialect (default %(standard)s)</source>
        <translation>Export: der XMI-Dialekt (Standard: %(standard)s)</translation>
    </message>
    <message>
        <source>--layout applies to imports (XMI or PlantUML to .ucd), not to exports</source>
        <translation>--layout gilt für Importe (XMI oder PlantUML nach .ucd), nicht für Exporte</translation>
    </message>
    <message>
        <source>--report and --dialect apply to XMI, not to StarUML exports</source>
        <translation>--report und --dialect gelten für XMI, nicht für StarUML-Exporte</translation>
    </message>
    <message>
        <source>--report applies to imports (XMI to .ucd), not to exports</source>
        <translation>--report gilt für Importe (XMI nach .ucd), nicht für Exporte</translation>
    </message>
    <message>
        <source>--selection-ids applies to pictures, not to slides</source>
        <translation>--selection-ids gilt für Bilder, nicht für Folien</translation>
    </message>
    <message>
        <source>--selection-ids needs exactly one diagram (-d NAME)</source>
        <translation>--selection-ids braucht genau ein Diagramm (-d NAME)</translation>
    </message>
    <message>
        <source>export diagrams as SVG, PNG or PDF pictures, or as PowerPoint slides (no display needed)</source>
        <translation>Diagramme als SVG-, PNG- oder PDF-Bilder oder als PowerPoint-Folien exportieren (ohne Bildschirm)</translation>
    </message>
    <message>
        <source>a diagram&apos;s name or id (repeat for several); default: the only diagram</source>
        <translation>Name oder ID eines Diagramms (für mehrere wiederholen); Standard: das einzige Diagramm</translation>
    </message>
    <message>
        <source>every diagram, one file each</source>
        <translation>alle Diagramme, je eine Datei</translation>
    </message>
    <message>
        <source>picture format, or pptx for slides (default: from the suffix of -o, else png)</source>
        <translation>Bildformat oder pptx für Folien (Standard: nach der Endung von -o, sonst png)</translation>
    </message>
    <message>
        <source>the file to write; a folder with --all or several -d (default: the current folder, files named after the diagrams)</source>
        <translation>die zu schreibende Datei; ein Ordner bei --all oder mehreren -d (Standard: der aktuelle Ordner, Dateien nach den Diagrammen benannt)</translation>
    </message>
    <message>
        <source>PNG pixels per diagram pixel (default 2)</source>
        <translation>PNG-Pixel je Diagrammpixel (Standard: 2)</translation>
    </message>
    <message>
        <source>PNG resolution (2x = 192 dpi)</source>
        <translation>PNG-Auflösung (2x = 192 dpi)</translation>
    </message>
    <message>
        <source>default white</source>
        <translation>Standard: white</translation>
    </message>
    <message>
        <source>space around (default 20)</source>
        <translation>Rand ringsum (Standard: 20)</translation>
    </message>
    <message>
        <source>draw the UML diagram frame (uc [name]) around each picture</source>
        <translation>den UML-Diagrammrahmen (uc [Name]) um jedes Bild zeichnen</translation>
    </message>
    <message>
        <source>no frame, whatever the diagram&apos;s setting (default: as the diagram says)</source>
        <translation>kein Rahmen, unabhängig von der Einstellung des Diagramms (Standard: wie im Diagramm eingestellt)</translation>
    </message>
    <message>
        <source>slides (-o deck.pptx)</source>
        <translation>Folien (-o deck.pptx)</translation>
    </message>
    <message>
        <source>default 16:9</source>
        <translation>Standard: 16:9</translation>
    </message>
    <message>
        <source>editable shapes glued by connectors (default), or a picture per slide</source>
        <translation>bearbeitbare Formen, durch Verbinder verbunden (Standard), oder ein Bild je Folie</translation>
    </message>
    <message>
        <source>several slides per diagram: reveal it step by step, one journey stage at a time, or one use case at a time; with -f png|svg, numbered pictures in a folder</source>
        <translation>mehrere Folien je Diagramm: schrittweise aufbauen, eine Journey-Phase nach der anderen oder einen Anwendungsfall nach dem anderen; mit -f png|svg nummerierte Bilder in einem Ordner</translation>
    </message>
    <message>
        <source>only these elements and relationships (one diagram)</source>
        <translation>nur diese Elemente und Beziehungen (ein Diagramm)</translation>
    </message>
    <message>
        <source>--slides writes slides (.pptx) or numbered png or svg pictures</source>
        <translation>--slides schreibt Folien (.pptx) oder nummerierte png- oder svg-Bilder</translation>
    </message>
    <message>
        <source>-o {folder}: numbered pictures go to a folder, not to one file</source>
        <translation>-o {folder}: nummerierte Bilder gehören in einen Ordner, nicht in eine Datei</translation>
    </message>
    <message>
        <source>-o {output} ends in {suffix}, but -f asks for {format}</source>
        <translation>-o {output} endet auf {suffix}, aber -f verlangt {format}</translation>
    </message>
    <message>
        <source>-o {output}: say which format, with a suffix (.svg, .png, .pdf, .pptx) or -f svg|png|pdf|pptx</source>
        <translation>-o {output}: Geben Sie das Format an, mit einer Endung (.svg, .png, .pdf, .pptx) oder mit -f svg|png|pdf|pptx</translation>
    </message>
    <message>
        <source>-o {output}: {format} is not supported; write .svg, .png, .pdf or .pptx (or choose with -f svg|png|pdf|pptx)</source>
        <translation>-o {output}: {format} wird nicht unterstützt; schreiben Sie .svg, .png, .pdf oder .pptx (oder wählen Sie mit -f svg|png|pdf|pptx)</translation>
    </message>
    <message>
        <source>A new language applies when ucdesigner starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ucdesigner.</translation>
    </message>
    <message>
        <source>Actor that takes part in no use case</source>
        <translation>Akteur, der an keinem Anwendungsfall beteiligt ist</translation>
    </message>
    <message>
        <source>Add an extension point to {target} and choose it on the «extend».</source>
        <translation>Fügen Sie {target} einen Erweiterungspunkt hinzu und wählen Sie ihn an der «extend»-Beziehung aus.</translation>
    </message>
    <message>
        <source>Add association to {actor}</source>
        <translation>Assoziation zu {actor} hinzufügen</translation>
    </message>
    <message>
        <source>Add extension point “{name}” to {target}</source>
        <translation>Erweiterungspunkt „{name}“ zu {target} hinzufügen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Association between two actors or use cases</source>
        <translation>Assoziation zwischen zwei Akteuren oder zwei Anwendungsfällen</translation>
    </message>
    <message>
        <source>Commit .gitattributes; everyone who clones the repository runs ucdesigner git-setup once.</source>
        <translation>Committen Sie .gitattributes; wer das Repository klont, führt einmal ucdesigner git-setup aus.</translation>
    </message>
    <message>
        <source>Delete it; if one actor is a kind of the other, draw a generalization instead.</source>
        <translation>Löschen Sie sie; wenn ein Akteur eine Art des anderen ist, zeichnen Sie stattdessen eine Generalisierung.</translation>
    </message>
    <message>
        <source>Delete it; use «include» or «extend» to relate the two use cases.</source>
        <translation>Löschen Sie sie; verbinden Sie die beiden Anwendungsfälle mit «include» oder «extend».</translation>
    </message>
    <message>
        <source>&quot;{source}&quot; includes &quot;{target}&quot;</source>
        <translation>„{source}“ inkludiert „{target}“</translation>
    </message>
    <message>
        <source>&quot;{source}&quot; extends &quot;{target}&quot;</source>
        <translation>„{source}“ erweitert „{target}“</translation>
    </message>
    <message>
        <source>&quot;{source}&quot; specialises &quot;{target}&quot;</source>
        <translation>„{source}“ spezialisiert „{target}“</translation>
    </message>
    <message>
        <source>Delete one of the extends in the cycle.</source>
        <translation>Löschen Sie eine der Extend-Beziehungen im Zyklus.</translation>
    </message>
    <message>
        <source>Delete one of the generalizations in the cycle.</source>
        <translation>Löschen Sie eine der Generalisierungen im Zyklus.</translation>
    </message>
    <message>
        <source>Delete one of the includes in the cycle.</source>
        <translation>Löschen Sie eine der Include-Beziehungen im Zyklus.</translation>
    </message>
    <message>
        <source>Delete the association</source>
        <translation>Assoziation löschen</translation>
    </message>
    <message>
        <source>print counts of every element and relationship kind, and the diagrams</source>
        <translation>die Anzahl jeder Element- und Beziehungsart sowie die Diagramme ausgeben</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>Diagrams:</source>
        <translation>Diagramme:</translation>
    </message>
    <message>
        <source>Draw an association from the actor who starts it, or include it from a use case that has one.</source>
        <translation>Zeichnen Sie eine Assoziation von dem Akteur, der ihn startet, oder inkludieren Sie ihn in einen Anwendungsfall, der einen Akteur hat.</translation>
    </message>
    <message>
        <source>Draw an «extend» to it from the use case that extends here, or remove it.</source>
        <translation>Zeichnen Sie eine «extend»-Beziehung von dem Anwendungsfall, der hier erweitert, zu ihm, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Draw associations to the use cases it takes part in, or delete it if it is not needed.</source>
        <translation>Zeichnen Sie Assoziationen zu den Anwendungsfällen, an denen er beteiligt ist, oder löschen Sie ihn, wenn er nicht gebraucht wird.</translation>
    </message>
    <message>
        <source>Edit the specification</source>
        <translation>Spezifikation bearbeiten</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Extension point that no «extend» uses</source>
        <translation>Erweiterungspunkt, den keine «extend»-Beziehung nutzt</translation>
    </message>
    <message>
        <source>Format: {dialect}</source>
        <translation>Format: {dialect}</translation>
    </message>
    <message>
        <source>Format: {dialect}, written by {exporter}</source>
        <translation>Format: {dialect}, geschrieben von {exporter}</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>Import von {source}</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Includes, extends or generalizations that go round in a circle</source>
        <translation>Include-, Extend-Beziehungen oder Generalisierungen, die im Kreis laufen</translation>
    </message>
    <message>
        <source>Mapped ({count}):</source>
        <translation>Abgebildet ({count}):</translation>
    </message>
    <message>
        <source>Move into {boundary}</source>
        <translation>In {boundary} verschieben</translation>
    </message>
    <message>
        <source>Move it into {boundary}, or, if another system offers it, draw that system&apos;s boundary around it.</source>
        <translation>Verschieben Sie ihn in {boundary}, oder zeichnen Sie, wenn ein anderes System ihn anbietet, dessen Systemgrenze um ihn herum.</translation>
    </message>
    <message>
        <source>Name it with a verb and what it acts on, e.g. “Track Order” rather than “Order Tracking”.</source>
        <translation>Benennen Sie ihn mit einem Verb und seinem Objekt, z. B. „Bestellung verfolgen“ statt „Bestellverfolgung“.</translation>
    </message>
    <message>
        <source>No actor takes part in the use case {usecase}: nobody starts it or benefits from it, directly or through a use case that includes it.</source>
        <translation>Am Anwendungsfall {usecase} ist kein Akteur beteiligt: Niemand startet ihn oder hat einen Nutzen davon, weder direkt noch über einen Anwendungsfall, der ihn inkludiert.</translation>
    </message>
    <message>
        <source>Not imported ({count}):</source>
        <translation>Nicht importiert ({count}):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>On the diagram “{diagram}”, the use case {usecase} lies outside every system boundary, so it reads as not part of any system.</source>
        <translation>Im Diagramm „{diagram}“ liegt der Anwendungsfall {usecase} außerhalb jeder Systemgrenze und wirkt daher, als gehöre er zu keinem System.</translation>
    </message>
    <message>
        <source>Outside use case models, not imported ({count}):</source>
        <translation>Außerhalb von Anwendungsfallmodellen, nicht importiert ({count}):</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>Beziehungen:</translation>
    </message>
    <message>
        <source>Remove extension point {point}{also}</source>
        <translation>Erweiterungspunkt {point} entfernen{also}</translation>
    </message>
    <message>
        <source>Rename one of them, or if they are the same, keep one and show it on every diagram that needs it.</source>
        <translation>Benennen Sie eines der beiden Elemente um, oder, wenn beide dasselbe sind, behalten Sie eines und zeigen Sie es in jedem Diagramm, das es braucht.</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>In „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Specification without a main scenario</source>
        <translation>Spezifikation ohne Hauptszenario</translation>
    </message>
    <message>
        <source>The actor {actor} takes part in no use case.</source>
        <translation>Der Akteur {actor} ist an keinem Anwendungsfall beteiligt.</translation>
    </message>
    <message>
        <source>The association joins two actors, {source} and {target}: associations say which actor takes part in which use case.</source>
        <translation>Die Assoziation verbindet zwei Akteure, {source} und {target}: Assoziationen sagen, welcher Akteur an welchem Anwendungsfall beteiligt ist.</translation>
    </message>
    <message>
        <source>The association joins two use cases, {source} and {target}: associations say which actor takes part in which use case.</source>
        <translation>Die Assoziation verbindet zwei Anwendungsfälle, {source} und {target}: Assoziationen sagen, welcher Akteur an welchem Anwendungsfall beteiligt ist.</translation>
    </message>
    <message>
        <source>The extension point {point} of {usecase} is used by no «extend».</source>
        <translation>Der Erweiterungspunkt {point} von {usecase} wird von keiner «extend»-Beziehung verwendet.</translation>
    </message>
    <message>
        <source>The language of menus, dialogs, model checks and reports</source>
        <translation>Die Sprache von Menüs, Dialogen, Modellprüfungen und Berichten</translation>
    </message>
    <message>
        <source>The specification of {usecase} has no main success scenario: it does not say, step by step, how the goal is reached.</source>
        <translation>Die Spezifikation von {usecase} hat kein Hauptszenario: Sie beschreibt nicht Schritt für Schritt, wie das Ziel erreicht wird.</translation>
    </message>
    <message>
        <source>The use case {usecase} does not read as something an actor does: {why}.</source>
        <translation>Der Anwendungsfall {usecase} liest sich nicht wie etwas, das ein Akteur tut: {why}.</translation>
    </message>
    <message>
        <source>The «extend» from {source} to {target} does not say where {target} is extended: it uses no extension point.</source>
        <translation>Die «extend»-Beziehung von {source} zu {target} sagt nicht, wo {target} erweitert wird: Sie verwendet keinen Erweiterungspunkt.</translation>
    </message>
    <message>
        <source>The «extend» from {source} to {target} has no condition: it does not say when the extension happens.</source>
        <translation>Die «extend»-Beziehung von {source} zu {target} hat keine Bedingung: Sie sagt nicht, wann die Erweiterung eintritt.</translation>
    </message>
    <message>
        <source>There are two {kinds} named {name}; readers of the model cannot tell them apart.</source>
        <translation>Es gibt zwei {kinds} namens {name}; Leser des Modells können sie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>These extends form a cycle: {path}; extends must not go round in a circle.</source>
        <translation>Diese Extend-Beziehungen bilden einen Zyklus: {path}; Extend-Beziehungen dürfen nicht im Kreis laufen.</translation>
    </message>
    <message>
        <source>These generalizations form a cycle: {path}; generalizations must not go round in a circle.</source>
        <translation>Diese Generalisierungen bilden einen Zyklus: {path}; Generalisierungen dürfen nicht im Kreis laufen.</translation>
    </message>
    <message>
        <source>These includes form a cycle: {path}; includes must not go round in a circle.</source>
        <translation>Diese Include-Beziehungen bilden einen Zyklus: {path}; Include-Beziehungen dürfen nicht im Kreis laufen.</translation>
    </message>
    <message>
        <source>Two elements of the same kind with the same name</source>
        <translation>Zwei gleichartige Elemente mit demselben Namen</translation>
    </message>
    <message>
        <source>Use case name that does not start with a verb</source>
        <translation>Anwendungsfallname, der nicht mit einem Verb beginnt</translation>
    </message>
    <message>
        <source>Use case outside the boundary on a diagram</source>
        <translation>Anwendungsfall außerhalb der Systemgrenze in einem Diagramm</translation>
    </message>
    <message>
        <source>Use case that no actor takes part in</source>
        <translation>Anwendungsfall ohne beteiligten Akteur</translation>
    </message>
    <message>
        <source>Write the condition on the «extend», e.g. “the payment is refused”.</source>
        <translation>Schreiben Sie die Bedingung an die «extend»-Beziehung, z. B. „die Zahlung wird abgelehnt“.</translation>
    </message>
    <message>
        <source>Write the steps of the main scenario, from the trigger to the goal.</source>
        <translation>Schreiben Sie die Schritte des Hauptszenarios, vom Auslöser bis zum Ziel.</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <source>associations</source>
        <translation>Assoziationen</translation>
    </message>
    <message>
        <source>cannot convert {source} to {target}: convert {imported} or PlantUML (.puml) to .ucd, or .ucd to {exported}, .mdj or .puml</source>
        <translation>{source} kann nicht nach {target} konvertiert werden: Konvertieren Sie {imported} oder PlantUML (.puml) nach .ucd oder .ucd nach {exported}, .mdj oder .puml</translation>
    </message>
    <message>
        <source>cannot merge{named}: {error}</source>
        <translation>Zusammenführen{named} nicht möglich: {error}</translation>
    </message>
    <message>
        <source>check a document: broken references, rule violations and model checks; exit 1 when an error or a warning is found</source>
        <translation>ein Dokument prüfen: defekte Verweise, Regelverstöße und Modellprüfungen; Exit-Status 1, wenn ein Fehler oder eine Warnung gefunden wird</translation>
    </message>
    <message>
        <source>a .ucd document</source>
        <translation>ein .ucd-Dokument</translation>
    </message>
    <message>
        <source>print the problems as JSON</source>
        <translation>die Probleme als JSON ausgeben</translation>
    </message>
    <message>
        <source>report the layout of each diagram instead: overlaps, lines through shapes, crossings, colliding labels, texts outside their shape, aspect ratio</source>
        <translation>stattdessen das Layout jedes Diagramms melden: Überlappungen, Linien durch Formen, Kreuzungen, kollidierende Beschriftungen, Texte außerhalb ihrer Form, Seitenverhältnis</translation>
    </message>
    <message>
        <source>with --layout: also lay out each diagram&apos;s graph with Graphviz dot and print its figures beside</source>
        <translation>mit --layout: den Graphen jedes Diagramms auch mit Graphviz dot anordnen und dessen Kennzahlen daneben ausgeben</translation>
    </message>
    <message>
        <source>also run the checks the document switches off</source>
        <translation>auch die Prüfungen ausführen, die das Dokument abschaltet</translation>
    </message>
    <message>
        <source>leave out a model check (repeatable): %(checks)s</source>
        <translation>eine Modellprüfung auslassen (wiederholbar): %(checks)s</translation>
    </message>
    <message>
        <source>check: --compare-dot goes with --layout</source>
        <translation>check: --compare-dot geht nur zusammen mit --layout</translation>
    </message>
    <message>
        <source>check: unknown check {check!r} (known: {checks})</source>
        <translation>check: unbekannte Prüfung {check!r} (bekannt: {checks})</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>comment link</source>
        <translation>Kommentarverbindung</translation>
    </message>
    <message>
        <source>comment links</source>
        <translation>Kommentarverbindungen</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>diagram “{diagram}”</source>
        <translation>Diagramm „{diagram}“</translation>
    </message>
    <message>
        <source>diagrams laid out automatically</source>
        <translation>automatisch angeordnete Diagramme</translation>
    </message>
    <message>
        <source>diagrams read from the file</source>
        <translation>aus der Datei gelesene Diagramme</translation>
    </message>
    <message>
        <source>package &quot;{name}&quot;</source>
        <translation>Paket „{name}“</translation>
    </message>
    <message>
        <source>holds no actors, use cases or system boundaries, in it or in its packages</source>
        <translation>enthält weder selbst noch in seinen Paketen Akteure, Anwendungsfälle oder Systemgrenzen</translation>
    </message>
    <message>
        <source>a tool&apos;s folder, not a package of the model: its content moved up</source>
        <translation>ein Ordner des Werkzeugs, kein Paket des Modells: Sein Inhalt wurde eine Ebene nach oben verschoben</translation>
    </message>
    <message>
        <source>has a value this editor cannot hold ({place}: {problem})</source>
        <translation>hat einen Wert, den dieser Editor nicht aufnehmen kann ({place}: {problem})</translation>
    </message>
    <message>
        <source>its name has {length} characters; cut to the first {limit}</source>
        <translation>sein Name hat {length} Zeichen; auf die ersten {limit} gekürzt</translation>
    </message>
    <message>
        <source>system boundary (marked as a system boundary by the tool)</source>
        <translation>Systemgrenze (vom Werkzeug als Systemgrenze gekennzeichnet)</translation>
    </message>
    <message>
        <source>system boundary (named as the subject of use cases)</source>
        <translation>Systemgrenze (als Subject von Anwendungsfällen angegeben)</translation>
    </message>
    <message>
        <source>specification of {element}</source>
        <translation>Spezifikation von {element}</translation>
    </message>
    <message>
        <source>read from its text</source>
        <translation>aus ihrem Text gelesen</translation>
    </message>
    <message>
        <source>subject {subject} of use case {name}</source>
        <translation>Systemgrenze {subject} des Anwendungsfalls {name}</translation>
    </message>
    <message>
        <source>is not in this file or not a classifier</source>
        <translation>ist nicht in dieser Datei oder kein Classifier</translation>
    </message>
    <message>
        <source>comment {text}</source>
        <translation>Kommentar {text}</translation>
    </message>
    <message>
        <source>documentation of the relationship it annotates</source>
        <translation>Dokumentation der Beziehung, die er kommentiert</translation>
    </message>
    <message>
        <source>annotates only relationships or elements outside the use case model</source>
        <translation>kommentiert nur Beziehungen oder Elemente außerhalb des Anwendungsfallmodells</translation>
    </message>
    <message>
        <source>has a missing end</source>
        <translation>hat ein fehlendes Ende</translation>
    </message>
    <message>
        <source>refers to {end}, defined in another file</source>
        <translation>verweist auf {end}, definiert in einer anderen Datei</translation>
    </message>
    <message>
        <source>joins {end}, which is not part of a use case model</source>
        <translation>verbindet {end}, das nicht zu einem Anwendungsfallmodell gehört</translation>
    </message>
    <message>
        <source>refers to {end}, which is not in this file</source>
        <translation>verweist auf {end}, das nicht in dieser Datei steht</translation>
    </message>
    <message>
        <source>refers to {kind} &quot;{name}&quot;, defined in another file</source>
        <translation>verweist auf {kind} „{name}“, definiert in einer anderen Datei</translation>
    </message>
    <message>
        <source>joins {kind} &quot;{name}&quot; (in another file)</source>
        <translation>verbindet {kind} „{name}“ (in einer anderen Datei)</translation>
    </message>
    <message>
        <source>joins {kind} &quot;{name}&quot;, which is not part of a use case model</source>
        <translation>verbindet {kind} „{name}“, das nicht zu einem Anwendungsfallmodell gehört</translation>
    </message>
    <message>
        <source>{kind} (a {metaclass} marked «{kind}»)</source>
        <translation>{kind} (ein {metaclass}, mit «{kind}» gekennzeichnet)</translation>
    </message>
    <message>
        <source>joins an element that was not imported</source>
        <translation>verbindet ein Element, das nicht importiert wurde</translation>
    </message>
    <message>
        <source>extension point {point} of {what}</source>
        <translation>Erweiterungspunkt {point} von {what}</translation>
    </message>
    <message>
        <source>is not an extension point of the extended use case</source>
        <translation>ist kein Erweiterungspunkt des erweiterten Anwendungsfalls</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; not kept: the tool writes it on every include and extend</source>
        <translation>Name „{name}“ nicht übernommen: Das Werkzeug schreibt ihn an jede Include- und Extend-Beziehung</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; not kept: the tool made it from the end names</source>
        <translation>Name „{name}“ nicht übernommen: Das Werkzeug hat ihn aus den Namen der Enden gebildet</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... und {count} weitere</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>Extend-Beziehung</translation>
    </message>
    <message>
        <source>extends</source>
        <translation>Extend-Beziehungen</translation>
    </message>
    <message>
        <source>extension points</source>
        <translation>Erweiterungspunkte</translation>
    </message>
    <message>
        <source>generalization</source>
        <translation>Generalisierung</translation>
    </message>
    <message>
        <source>generalizations</source>
        <translation>Generalisierungen</translation>
    </message>
    <message>
        <source>let git merge and diff .ucd files with ucdesigner (in the current repository)</source>
        <translation>git .ucd-Dateien mit ucdesigner zusammenführen und vergleichen lassen (im aktuellen Repository)</translation>
    </message>
    <message>
        <source>how git should start ucdesigner (default: this Python running ucdesigner)</source>
        <translation>wie git ucdesigner starten soll (Standard: dieses Python mit ucdesigner)</translation>
    </message>
    <message>
        <source>git is not installed (or not on PATH)</source>
        <translation>git ist nicht installiert (oder nicht im PATH)</translation>
    </message>
    <message>
        <source>git {command} did not answer within a minute</source>
        <translation>git {command} hat nicht innerhalb einer Minute geantwortet</translation>
    </message>
    <message>
        <source>give either -d DIAGRAM or --all, not both</source>
        <translation>geben Sie entweder -d DIAGRAM oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>include</source>
        <translation>Include-Beziehung</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>Include-Beziehungen</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>er hat keinen Namen</translation>
    </message>
    <message>
        <source>it reads as a noun phrase</source>
        <translation>er liest sich wie eine Substantivgruppe</translation>
    </message>
    <message>
        <source>it starts with “{word}”, not with a verb</source>
        <translation>er beginnt mit „{word}“, nicht mit einem Verb</translation>
    </message>
    <message>
        <source>layout: no diagram named {name!r} (diagrams: {known})</source>
        <translation>layout: kein Diagramm namens {name!r} (Diagramme: {known})</translation>
    </message>
    <message>
        <source>layout: the output must be a .ucd file, not {output}</source>
        <translation>layout: die Ausgabe muss eine .ucd-Datei sein, nicht {output}</translation>
    </message>
    <message>
        <source>layout: {count} diagrams are named {name!r}; give its id</source>
        <translation>layout: {count} Diagramme heißen {name!r}; geben Sie die ID an</translation>
    </message>
    <message>
        <source>lay out diagrams automatically (shapes marked Keep Position stay) and save the result</source>
        <translation>Diagramme automatisch anordnen (Formen mit fixierter Position bleiben) und das Ergebnis speichern</translation>
    </message>
    <message>
        <source>the .ucd to write</source>
        <translation>die zu schreibende .ucd-Datei</translation>
    </message>
    <message>
        <source>a diagram&apos;s name or id (repeat for several); default: every diagram</source>
        <translation>Name oder ID eines Diagramms (für mehrere wiederholen); Standard: alle Diagramme</translation>
    </message>
    <message>
        <source>reading direction: left to right or top to bottom; default: left to right unless only top to bottom fits a slide</source>
        <translation>Leserichtung: von links nach rechts oder von oben nach unten; Standard: von links nach rechts, außer wenn nur von oben nach unten auf eine Folie passt</translation>
    </message>
    <message>
        <source>layout: {input} has no diagrams</source>
        <translation>layout: {input} hat keine Diagramme</translation>
    </message>
    <message>
        <source>no diagram named {wanted!r}; available: {available}</source>
        <translation>kein Diagramm namens {wanted!r}; vorhanden: {available}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>keine Probleme gefunden</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>references to elements in other files</source>
        <translation>Verweise auf Elemente in anderen Dateien</translation>
    </message>
    <message>
        <source>say where the deck goes with -o deck.pptx</source>
        <translation>geben Sie mit -o deck.pptx an, wohin die Präsentation geschrieben wird</translation>
    </message>
    <message>
        <source>shapes placed on them</source>
        <translation>darauf platzierte Formen</translation>
    </message>
    <message>
        <source>system boundaries</source>
        <translation>Systemgrenzen</translation>
    </message>
    <message>
        <source>system boundary</source>
        <translation>Systemgrenze</translation>
    </message>
    <message>
        <source>this folder is not in a git repository (run git init first)</source>
        <translation>dieser Ordner liegt in keinem Git-Repository (führen Sie zuerst git init aus)</translation>
    </message>
    <message>
        <source>Draw UML use case diagrams; export pictures; exchange XMI.</source>
        <translation>UML-Anwendungsfalldiagramme zeichnen; Bilder exportieren; XMI austauschen.</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the editor (on FILE, if given).</source>
        <translation>Ohne Unterbefehl öffnet sich der Editor (mit FILE, falls angegeben).</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>ucdesigner: error: {message}</source>
        <translation>ucdesigner: Fehler: {message}</translation>
    </message>
    <message>
        <source>ucdesigner: interrupted</source>
        <translation>ucdesigner: abgebrochen</translation>
    </message>
    <message>
        <source>ucdesigner: warning: diagram {diagram!r} shows no journey lanes; it is told whole, not stage by stage</source>
        <translation>ucdesigner: Warnung: Diagramm {diagram!r} zeigt keine Journey-Bahnen; es wird als Ganzes gezeigt, nicht Phase für Phase</translation>
    </message>
    <message>
        <source>ucdesigner: warning: {path}: {warning}</source>
        <translation>ucdesigner: Warnung: {path}: {warning}</translation>
    </message>
    <message>
        <source>ucdesigner: warning: {source}: {problem}</source>
        <translation>ucdesigner: Warnung: {source}: {problem}</translation>
    </message>
    <message>
        <source>ucdesigner: warning: {warning}</source>
        <translation>ucdesigner: Warnung: {warning}</translation>
    </message>
    <message>
        <source>ucdesigner: {n} conflicts{named}; open the file in ucdesigner to resolve them, then git add it</source>
        <translation>ucdesigner: {n} Konflikte{named}; öffnen Sie die Datei in ucdesigner, um sie zu lösen, und führen Sie dann git add für die Datei aus</translation>
    </message>
    <message>
        <source>ucdesigner: {n} conflict{named}; open the file in ucdesigner to resolve it, then git add it</source>
        <translation>ucdesigner: {n} Konflikt{named}; öffnen Sie die Datei in ucdesigner, um ihn zu lösen, und führen Sie dann git add für die Datei aus</translation>
    </message>
    <message>
        <source>unknown command {word!r}; did you mean {command!r}? (commands: {commands})</source>
        <translation>unbekannter Befehl {word!r}; meinten Sie {command!r}? (Befehle: {commands})</translation>
    </message>
    <message>
        <source>unknown option {option} (try ucdesigner --help)</source>
        <translation>unbekannte Option {option} (siehe ucdesigner --help)</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>{count} diagrams are named {wanted!r}; choose one by id: {ids}</source>
        <translation>{count} Diagramme heißen {wanted!r}; wählen Sie eines über seine ID: {ids}</translation>
    </message>
    <message>
        <source>{file}: has no diagrams to export</source>
        <translation>{file}: hat keine Diagramme zum Exportieren</translation>
    </message>
    <message>
        <source>{file}: has {count} diagrams; choose with -d NAME or use --all (available: {available})</source>
        <translation>{file}: hat {count} Diagramme; wählen Sie mit -d NAME oder verwenden Sie --all (vorhanden: {available})</translation>
    </message>
    <message>
        <source>{given} applies to slides (-o deck.pptx)</source>
        <translation>{given} gilt für Folien (-o deck.pptx)</translation>
    </message>
    <message>
        <source>{name}: {shapes} shapes, {lines} lines</source>
        <translation>{name}: {shapes} Formen, {lines} Linien</translation>
    </message>
    <message>
        <source>{n} diagram laid out</source>
        <translation>{n} Diagramm angeordnet</translation>
    </message>
    <message>
        <source>{n} diagrams laid out</source>
        <translation>{n} Diagramme angeordnet</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>{n} item not imported (see --report)</source>
        <translation>{n} Eintrag nicht importiert (siehe --report)</translation>
    </message>
    <message>
        <source>{n} items not imported (see --report)</source>
        <translation>{n} Einträge nicht importiert (siehe --report)</translation>
    </message>
    <message>
        <source>{n} line not imported</source>
        <translation>{n} Zeile nicht importiert</translation>
    </message>
    <message>
        <source>{n} lines not imported</source>
        <translation>{n} Zeilen nicht importiert</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} Hinweis</translation>
    </message>
    <message>
        <source>{n} slide</source>
        <translation>{n} Folie</translation>
    </message>
    <message>
        <source>{n} slides</source>
        <translation>{n} Folien</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} Warnung</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{command}: {message}</source>
        <translation>{command}: {message}</translation>
    </message>
    <message>
        <source>{path}: is XMI (a UML tool&apos;s file), not a .ucd document; convert it first: ucdesigner convert {path} -o {stem}.ucd</source>
        <translation>{path}: ist XMI (die Datei eines UML-Werkzeugs), kein .ucd-Dokument; konvertieren Sie sie zuerst: ucdesigner convert {path} -o {stem}.ucd</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes), not a .ucd document</source>
        <translation>{path}: die Datei ist leer (0 Bytes), kein .ucd-Dokument</translation>
    </message>
    <message>
        <source>{target}: written as PlantUML</source>
        <translation>{target}: als PlantUML geschrieben</translation>
    </message>
    <message>
        <source>{target}: written as a StarUML project</source>
        <translation>{target}: als StarUML-Projekt geschrieben</translation>
    </message>
    <message>
        <source>{target}: written as {label}</source>
        <translation>{target}: als {label} geschrieben</translation>
    </message>
    <message>
        <source>«extend» without a condition</source>
        <translation>«extend» ohne Bedingung</translation>
    </message>
    <message>
        <source>«extend» without an extension point</source>
        <translation>«extend» ohne Erweiterungspunkt</translation>
    </message>
    <message>
        <source>“{word}” is a noun, not a verb</source>
        <translation>„{word}“ ist ein Substantiv, kein Verb</translation>
    </message>
    <message>
        <source>“{word}” is a noun; the verb is “{verb}”</source>
        <translation>„{word}“ ist ein Substantiv; das Verb ist „{verb}“</translation>
    </message>
    <message>
        <source>archive member {member}</source>
        <translation>Archiveintrag {member}</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>diagram &quot;{name}&quot;</source>
        <translation>Diagramm „{name}“</translation>
    </message>
    <message>
        <source>an archive inside the archive; not opened</source>
        <translation>ein Archiv im Archiv; nicht geöffnet</translation>
    </message>
    <message>
        <source>rectangle {name} on diagram &quot;{diagram}&quot;</source>
        <translation>Rechteck {name} im Diagramm „{diagram}“</translation>
    </message>
    <message>
        <source>read as an unnamed system boundary</source>
        <translation>als unbenannte Systemgrenze gelesen</translation>
    </message>
    <message>
        <source>{what} on page &quot;{page}&quot;</source>
        <translation>{what} auf Seite „{page}“</translation>
    </message>
    <message>
        <source>page &quot;{name}&quot;</source>
        <translation>Seite „{name}“</translation>
    </message>
    <message>
        <source>is not a use case diagram (no use cases among its {shapes} shapes and {lines} lines); not imported</source>
        <translation>ist kein Anwendungsfalldiagramm (keine Anwendungsfälle unter seinen {shapes} Formen und {lines} Linien); nicht importiert</translation>
    </message>
    <message>
        <source>{kind} &quot;{name}&quot;</source>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <source>unlabelled {shape}</source>
        <translation>{shape} ohne Beschriftung</translation>
    </message>
    <message>
        <source>not a use case diagram element</source>
        <translation>kein Element eines Anwendungsfalldiagramms</translation>
    </message>
    <message>
        <source>line &quot;{name}&quot;</source>
        <translation>Linie „{name}“</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>does not join two actors, use cases or notes at both ends</source>
        <translation>hat nicht an beiden Enden einen Akteur, einen Anwendungsfall oder eine Notiz</translation>
    </message>
    <message>
        <source>joins a shape to itself</source>
        <translation>verbindet eine Form mit sich selbst</translation>
    </message>
    <message>
        <source>is not a use case relationship between {kind}</source>
        <translation>ist keine Anwendungsfall-Beziehung zwischen {kind}</translation>
    </message>
    <message>
        <source>is not a use case relationship between {first} and {second}</source>
        <translation>ist keine Anwendungsfall-Beziehung zwischen {first} und {second}</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>the views of {what}</source>
        <translation>die Ansichten von {what}</translation>
    </message>
    <message>
        <source>rectangle on diagram &quot;{diagram}&quot;</source>
        <translation>Rechteck im Diagramm „{diagram}“</translation>
    </message>
    <message>
        <source>shows no actors or use cases</source>
        <translation>zeigt keine Akteure oder Anwendungsfälle</translation>
    </message>
    <message>
        <source>had no usable positions: laid out automatically</source>
        <translation>hatte keine brauchbaren Positionen: automatisch angeordnet</translation>
    </message>
    <message>
        <source>is in the ucdesigner extension but no longer in the UML (removed in another tool)</source>
        <translation>steht in der ucdesigner-Erweiterung, aber nicht mehr im UML (in einem anderen Werkzeug entfernt)</translation>
    </message>
    <message>
        <source>ucdesigner extension</source>
        <translation>ucdesigner-Erweiterung</translation>
    </message>
    <message>
        <source>diagrams, styles, stereotypes and properties restored from it</source>
        <translation>Diagramme, Stile, Stereotype und Eigenschaften daraus wiederhergestellt</translation>
    </message>
    <message>
        <source>export on save</source>
        <translation>Export beim Speichern</translation>
    </message>
    <message>
        <source>pictures the file asked to write on every save were not imported</source>
        <translation>Bilder, die die Datei bei jedem Speichern schreiben lassen wollte, wurden nicht übernommen</translation>
    </message>
    <message>
        <source>the extension&apos;s fields for it did not fit; the UML was used</source>
        <translation>die Felder der Erweiterung dafür passten nicht; das UML wurde verwendet</translation>
    </message>
    <message>
        <source>customer journey stages</source>
        <translation>Phasen der Customer Journey</translation>
    </message>
    <message>
        <source>could not be read from the profile ({problem}); the ucdesigner extension&apos;s were kept</source>
        <translation>konnten nicht aus dem Profil gelesen werden ({problem}); die der ucdesigner-Erweiterung wurden beibehalten</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>stages, touchpoints and 1 use case journey step read from the CustomerJourney profile</source>
        <translation>Phasen, Touchpoints und 1 Journey-Schritt eines Anwendungsfalls aus dem Profil CustomerJourney gelesen</translation>
    </message>
    <message>
        <source>stages, touchpoints and {count} use case journey steps read from the CustomerJourney profile</source>
        <translation>Phasen, Touchpoints und {count} Journey-Schritte von Anwendungsfällen aus dem Profil CustomerJourney gelesen</translation>
    </message>
    <message>
        <source>read from the use cases&apos; journey tagged values</source>
        <translation>aus den Journey-Eigenschaftswerten (Tagged Values) der Anwendungsfälle gelesen</translation>
    </message>
    <message>
        <source>element {id} in &quot;{feature}&quot; has no xmi:type and was skipped</source>
        <translation>Element {id} in „{feature}“ hat keinen xmi:type und wurde übersprungen</translation>
    </message>
    <message>
        <source>a {metaclass} without xmi:id was skipped</source>
        <translation>ein Element vom Typ {metaclass} ohne xmi:id wurde übersprungen</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Internal process</source>
        <translation>Interne Prozesse</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Lernen und Entwicklung</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
    <message>
        <source>an association joins an actor and a use case it takes part in</source>
        <translation>Eine Assoziation verbindet einen Akteur mit einem Anwendungsfall, an dem er beteiligt ist</translation>
    </message>
    <message>
        <source>an include goes from a use case to another use case it always includes</source>
        <translation>Eine Include-Beziehung führt von einem Anwendungsfall zu einem anderen, den er immer inkludiert</translation>
    </message>
    <message>
        <source>an extend goes from the extending use case to the use case it extends</source>
        <translation>Eine Extend-Beziehung führt vom erweiternden Anwendungsfall zu dem Anwendungsfall, den er erweitert</translation>
    </message>
    <message>
        <source>a generalization joins two actors or two use cases, from the specific to the general one</source>
        <translation>Eine Generalisierung verbindet zwei Akteure oder zwei Anwendungsfälle, vom spezielleren zum allgemeineren</translation>
    </message>
    <message>
        <source>a dependency joins two actors, use cases, system boundaries or packages</source>
        <translation>Eine Abhängigkeit verbindet zwei Akteure, Anwendungsfälle, Systemgrenzen oder Pakete</translation>
    </message>
    <message>
        <source>a comment link goes from a comment to the element it annotates</source>
        <translation>Eine Kommentarverbindung führt von einem Kommentar zu dem Element, das er kommentiert</translation>
    </message>
    <message>
        <source>An association cannot go from {source} to {target}</source>
        <translation>Eine Assoziation kann nicht von {source} zu {target} führen</translation>
    </message>
    <message>
        <source>An association cannot go from {source} to itself</source>
        <translation>Eine Assoziation kann nicht von {source} zu sich selbst führen</translation>
    </message>
    <message>
        <source>An include cannot go from {source} to {target}</source>
        <translation>Eine Include-Beziehung kann nicht von {source} zu {target} führen</translation>
    </message>
    <message>
        <source>An include cannot go from {source} to itself</source>
        <translation>Eine Include-Beziehung kann nicht von {source} zu sich selbst führen</translation>
    </message>
    <message>
        <source>An extend cannot go from {source} to {target}</source>
        <translation>Eine Extend-Beziehung kann nicht von {source} zu {target} führen</translation>
    </message>
    <message>
        <source>An extend cannot go from {source} to itself</source>
        <translation>Eine Extend-Beziehung kann nicht von {source} zu sich selbst führen</translation>
    </message>
    <message>
        <source>A generalization cannot go from {source} to {target}</source>
        <translation>Eine Generalisierung kann nicht von {source} zu {target} führen</translation>
    </message>
    <message>
        <source>A generalization cannot go from {source} to itself</source>
        <translation>Eine Generalisierung kann nicht von {source} zu sich selbst führen</translation>
    </message>
    <message>
        <source>A dependency cannot go from {source} to {target}</source>
        <translation>Eine Abhängigkeit kann nicht von {source} zu {target} führen</translation>
    </message>
    <message>
        <source>A dependency cannot go from {source} to itself</source>
        <translation>Eine Abhängigkeit kann nicht von {source} zu sich selbst führen</translation>
    </message>
    <message>
        <source>A comment link cannot go from {source} to {target}</source>
        <translation>Eine Kommentarverbindung kann nicht von {source} zu {target} führen</translation>
    </message>
    <message>
        <source>A comment link cannot go from {source} to itself</source>
        <translation>Eine Kommentarverbindung kann nicht von {source} zu sich selbst führen</translation>
    </message>
    <message>
        <source>{refusal}: &quot;{target}&quot; already includes &quot;{source}&quot; (directly or through others), and includes must not form a cycle.</source>
        <translation>{refusal}: „{target}“ inkludiert „{source}“ bereits (direkt oder über andere), und Include-Beziehungen dürfen keinen Zyklus bilden.</translation>
    </message>
    <message>
        <source>{refusal}: &quot;{target}&quot; already specialises &quot;{source}&quot; (directly or through others), and generalizations must not form a cycle.</source>
        <translation>{refusal}: „{target}“ spezialisiert „{source}“ bereits (direkt oder über andere), und Generalisierungen dürfen keinen Zyklus bilden.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; is not a relationship kind</source>
        <translation>„{kind}“ ist keine Beziehungsart</translation>
    </message>
    <message>
        <source>{refusal}: {rule}.</source>
        <translation>{refusal}: {rule}.</translation>
    </message>
    <message>
        <source>{container} cannot own elements: only packages can.</source>
        <translation>{container} kann keine Elemente enthalten: Das können nur Pakete.</translation>
    </message>
    <message>
        <source>The model cannot own {child}.</source>
        <translation>Das Modell kann {child} nicht enthalten.</translation>
    </message>
    <message>
        <source>{container} cannot own {child}.</source>
        <translation>{container} kann {child} nicht enthalten.</translation>
    </message>
    <message>
        <source>{member} cannot belong to {subject}: it is not a system boundary.</source>
        <translation>{member} kann nicht zu {subject} gehören: Das ist keine Systemgrenze.</translation>
    </message>
    <message>
        <source>{member} cannot belong to {subject}: only use cases can.</source>
        <translation>{member} kann nicht zu {subject} gehören: Das können nur Anwendungsfälle.</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}:</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>Argument {argument}: {message}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>folgende Argumente sind erforderlich: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>eines der Argumente {arguments} ist erforderlich</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>nicht zusammen mit Argument {argument} erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>explizites Argument {value} ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected {count} arguments</source>
        <translation>{count} Argumente erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>mehrdeutige Option: {option} könnte {matches} bedeuten</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ungültige Auswahl: {value} (möglich: {choices})</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>ungültiger {type}-Wert: {value}</translation>
    </message>
    <message>
        <source>list what changed between two versions of a .ucd file (text, Markdown, JSON or HTML)</source>
        <translation>auflisten, was sich zwischen zwei Versionen einer .ucd-Datei geändert hat (Text, Markdown, JSON oder HTML)</translation>
    </message>
    <message>
        <source>the older version (.ucd)</source>
        <translation>die ältere Version (.ucd)</translation>
    </message>
    <message>
        <source>the newer version (.ucd)</source>
        <translation>die neuere Version (.ucd)</translation>
    </message>
    <message>
        <source>write the changes to OUT: .html (one file with the diagrams), .md or .json; without it the changes are printed</source>
        <translation>die Änderungen in OUT schreiben: .html (eine Datei mit den Diagrammen), .md oder .json; ohne diese Option werden die Änderungen ausgegeben</translation>
    </message>
    <message>
        <source>write a report of the model: diagrams, use case specifications, actors, the traceability matrix and the model checks, as one HTML file, as Markdown or as a Word document</source>
        <translation>einen Bericht über das Modell schreiben: Diagramme, Anwendungsfallspezifikationen, Akteure, die Rückverfolgbarkeitsmatrix und die Modellprüfungen, als eine HTML-Datei, als Markdown oder als Word-Dokument</translation>
    </message>
    <message>
        <source>the report to write (.html, .md or .docx)</source>
        <translation>der zu schreibende Bericht (.html, .md oder .docx)</translation>
    </message>
    <message>
        <source>html (one self-contained file), md (Markdown, diagrams as SVG beside it) or docx (Word); by default from the output&apos;s suffix</source>
        <translation>html (eine eigenständige Datei), md (Markdown, Diagramme als SVG daneben) oder docx (Word); standardmäßig nach der Endung der Ausgabe</translation>
    </message>
    <message>
        <source>print a .ucd document as readable lines (git&apos;s text conversion for *.ucd)</source>
        <translation>ein .ucd-Dokument als lesbare Zeilen ausgeben (Textkonvertierung von git für *.ucd)</translation>
    </message>
    <message>
        <source>Automatic layout failed ({error}); a simple layout was used instead.</source>
        <translation>Automatisches Layout fehlgeschlagen ({error}); stattdessen wurde ein einfaches Layout verwendet.</translation>
    </message>
    <message>
        <source>The layout was larger than the canvas; a simple grid was used.</source>
        <translation>Das Layout war größer als die Zeichenfläche; es wurde ein einfaches Raster verwendet.</translation>
    </message>
    <message>
        <source>Graphviz was not found: the diagram was laid out on a simple grid. Install Graphviz for a better layout (Debian/Ubuntu: sudo apt install graphviz; macOS: brew install graphviz; Windows: winget install graphviz).</source>
        <translation>Graphviz wurde nicht gefunden: Das Diagramm wurde in einem einfachen Raster angeordnet. Installieren Sie Graphviz für ein besseres Layout (Debian/Ubuntu: sudo apt install graphviz; macOS: brew install graphviz; Windows: winget install graphviz).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>About ucdesigner</source>
        <translation>Über ucdesigner</translation>
    </message>
    <message>
        <source>ucdesigner icon</source>
        <translation>ucdesigner-Symbol</translation>
    </message>
    <message>
        <source>UML use case diagrams for business analysts.</source>
        <translation>UML-Anwendungsfalldiagramme für Business-Analysten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the ucdesigner developers.&lt;br&gt;Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({spdx}). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © die Entwickler von ucdesigner.&lt;br&gt;Freie Software unter der &lt;a href=&quot;{url}&quot;&gt;GNU General Public License, Version 3 oder neuer&lt;/a&gt; ({spdx}). Es gibt keine Gewährleistung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;User guide (README)&lt;/a&gt; · &lt;a href=&quot;{home}&quot;&gt;Website&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Benutzerhandbuch (README)&lt;/a&gt; · &lt;a href=&quot;{home}&quot;&gt;Website&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions, to paste into a bug report</source>
        <translation>Versionen kopieren, zum Einfügen in einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>DiagramTabs</name>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>One tab per diagram; Ctrl+Tab and Ctrl+Shift+Tab switch between them</source>
        <translation>Ein Tab pro Diagramm; Ctrl+Tab und Ctrl+Shift+Tab wechseln zwischen ihnen</translation>
    </message>
    <message>
        <source>This document has no diagram. Use Diagram ▸ New Diagram.</source>
        <translation>Dieses Dokument hat kein Diagramm. Verwenden Sie Diagramm ▸ Neues Diagramm.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>No diagram</source>
        <translation>Kein Diagramm</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>{kind} from “{a}” to “{b}”</source>
        <translation>{kind} von „{a}“ zu „{b}“</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} „{name}“</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Pictures</source>
        <translation>Bilder exportieren</translation>
    </message>
    <message>
        <source>This diagram</source>
        <translation>Dieses Diagramm</translation>
    </message>
    <message>
        <source>All diagrams, one file each</source>
        <translation>Alle Diagramme, je eine Datei</translation>
    </message>
    <message>
        <source>The selection only</source>
        <translation>Nur die Auswahl</translation>
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation>PNG-Bild (für Folien)</translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur)</source>
        <translation>SVG-Zeichnung (skaliert ohne Unschärfe)</translation>
    </message>
    <message>
        <source>PDF document (for print)</source>
        <translation>PDF-Dokument (für den Druck)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>UML diagram frame (uc [name])</source>
        <translation>UML-Diagrammrahmen (uc [name])</translation>
    </message>
    <message>
        <source>Partly ticked: as each diagram&apos;s own setting (Diagram ▸ Diagram Frame)</source>
        <translation>Teilweise angekreuzt: gemäß der Einstellung jedes Diagramms (Diagramm ▸ Diagrammrahmen)</translation>
    </message>
    <message>
        <source>Export again whenever the document is saved</source>
        <translation>Bei jedem Speichern des Dokuments erneut exportieren</translation>
    </message>
    <message>
        <source>The picture is written again, with these settings, on every save.</source>
        <translation>Das Bild wird bei jedem Speichern mit diesen Einstellungen neu geschrieben.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Rand:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Rahmen:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>{dpi:g} dpi</source>
        <translation>{dpi:g} dpi</translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>Ordner für die Bilder</translation>
    </message>
    <message>
        <source>Save picture as</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>{kind} files (*.{fmt})</source>
        <translation>{kind}-Dateien (*.{fmt})</translation>
    </message>
    <message>
        <source>The document has no diagrams.</source>
        <translation>Das Dokument hat keine Diagramme.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
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
        <translation>wählen Sie, wo das Bild gespeichert werden soll</translation>
    </message>
    <message>
        <source>pictures exported on every save must be inside the document&apos;s folder ({folder}); choose a place there or untick the box</source>
        <translation>Bilder, die bei jedem Speichern exportiert werden, müssen im Ordner des Dokuments liegen ({folder}); wählen Sie dort einen Ort oder entfernen Sie das Häkchen</translation>
    </message>
    <message>
        <source>the document has no diagrams</source>
        <translation>das Dokument hat keine Diagramme</translation>
    </message>
    <message>
        <source>Exporting “{name}” ({n} of {count})…</source>
        <translation>„{name}“ wird exportiert ({n} von {count})…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} importiert</translation>
    </message>
    <message>
        <source>written by {tool}</source>
        <translation>geschrieben von {tool}</translation>
    </message>
    <message>
        <source>{kept} items imported, {mapped} mapped, {dropped} not imported</source>
        <translation>{kept} Einträge importiert, {mapped} abgebildet, {dropped} nicht importiert</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>Wie es gelesen wurde</translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation>Abgebildet ({n})</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Not imported ({n})</source>
        <translation>Nicht importiert ({n})</translation>
    </message>
    <message>
        <source>Outside use cases</source>
        <translation>Außerhalb der Anwendungsfälle</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the whole report as text</source>
        <translation>Ganzen Bericht als Text kopieren</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>{n} elements</source>
        <translation>{n} Elemente</translation>
    </message>
    <message>
        <source>UML kind</source>
        <translation>UML-Typ</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>System Boundaries</source>
        <translation>Systemgrenzen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>Modell-Browser</translation>
    </message>
    <message>
        <source>The elements of the model by package and kind, with their relationships</source>
        <translation>Die Elemente des Modells nach Paket und Art, mit ihren Beziehungen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete from Model</source>
        <translation>Aus Modell löschen</translation>
    </message>
    <message>
        <source>Delete from the model, with its relationships and shapes</source>
        <translation>Aus dem Modell löschen, mit Beziehungen und Formen</translation>
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
        <translation>Werkzeuge: eines wählen, dann in das Diagramm klicken oder das Element darauf ziehen; auf der Zeichenfläche hat jedes Werkzeug auch eine Buchstabentaste</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The fields of the selected element, or of the diagram if nothing is selected</source>
        <translation>Die Felder des ausgewählten Elements oder, wenn nichts ausgewählt ist, des Diagramms</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{n} elements selected</source>
        <translation>{n} Elemente ausgewählt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code:04X}) that no picture or file can show; remove it and try again.</source>
        <translation>Der Text enthält ein Steuerzeichen (U+{code:04X}), das kein Bild und keine Datei darstellen kann; entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Diagram name</source>
        <translation>Diagrammname</translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Diagram documentation</source>
        <translation>Diagrammdokumentation</translation>
    </message>
    <message>
        <source>Change diagram documentation</source>
        <translation>Diagrammdokumentation ändern</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Frame headed “uc [name]”</source>
        <translation>Rahmen mit Überschrift „uc [Name]“</translation>
    </message>
    <message>
        <source>Diagram frame</source>
        <translation>Diagrammrahmen</translation>
    </message>
    <message>
        <source>Draw the UML frame around this diagram, on the canvas and in pictures, prints and the report</source>
        <translation>Den UML-Rahmen um dieses Diagramm zeichnen, auf der Zeichenfläche und in Bildern, Ausdrucken und dem Bericht</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentartext</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>From {source}
to {target}</source>
        <translation>Von {source}
zu {target}</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Stereotypes</source>
        <translation>Stereotypen</translation>
    </message>
    <message>
        <source>comma-separated, e.g. business, primary</source>
        <translation>durch Kommas getrennt, z. B. business, primary</translation>
    </message>
    <message>
        <source>Extension points</source>
        <translation>Erweiterungspunkte</translation>
    </message>
    <message>
        <source>Extension point {n}</source>
        <translation>Erweiterungspunkt {n}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an extension point to this use case</source>
        <translation>Diesem Anwendungsfall einen Erweiterungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected extension point</source>
        <translation>Ausgewählten Erweiterungspunkt entfernen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>when the extension happens</source>
        <translation>wann die Erweiterung eintritt</translation>
    </message>
    <message>
        <source>Extension points used</source>
        <translation>Verwendete Erweiterungspunkte</translation>
    </message>
    <message>
        <source>(the extended use case has none)</source>
        <translation>(der erweiterte Anwendungsfall hat keine)</translation>
    </message>
    <message>
        <source>Multiplicity at the {end} end</source>
        <translation>Multiplizität an der {end}</translation>
    </message>
    <message>
        <source>navigable (arrowhead)</source>
        <translation>navigierbar (Pfeilspitze)</translation>
    </message>
    <message>
        <source>Navigable at the {end} end</source>
        <translation>Navigierbar an der {end}</translation>
    </message>
    <message>
        <source>At {name}</source>
        <translation>Ende bei {name}</translation>
    </message>
    <message>
        <source>Multiplicity</source>
        <translation>Multiplizität</translation>
    </message>
    <message>
        <source>Style on this diagram</source>
        <translation>Stil in diesem Diagramm</translation>
    </message>
    <message>
        <source>Keep position (Auto Layout leaves it)</source>
        <translation>Position fixieren (Auto-Layout lässt sie unverändert)</translation>
    </message>
    <message>
        <source>Keep position</source>
        <translation>Position fixieren</translation>
    </message>
    <message>
        <source>Keep Position</source>
        <translation>Position fixieren</translation>
    </message>
    <message>
        <source>Release Position</source>
        <translation>Position freigeben</translation>
    </message>
    <message>
        <source>Change style</source>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>Linienfarbe</translation>
    </message>
    <message>
        <source>Choose the colour; Default uses the theme&apos;s</source>
        <translation>Farbe wählen; „Standard“ verwendet die des Designs</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the theme&apos;s colour</source>
        <translation>Zurück zur Farbe des Designs</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Designfarbe</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Actor notation</source>
        <translation>Akteurdarstellung</translation>
    </message>
    <message>
        <source>Stick figure</source>
        <translation>Strichmännchen</translation>
    </message>
    <message>
        <source>«actor» box</source>
        <translation>«actor»-Rechteck</translation>
    </message>
    <message>
        <source>Change actor notation</source>
        <translation>Akteurdarstellung ändern</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Put every setting back as it was at installation (recent files stay)</source>
        <translation>Alle Einstellungen auf den Stand bei der Installation zurücksetzen (die zuletzt geöffneten Dateien bleiben)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>The colours of the windows; the diagram stays light, like paper</source>
        <translation>Die Farben der Fenster; das Diagramm bleibt hell wie Papier</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>&amp;Rasterweite:</translation>
    </message>
    <message>
        <source>The grid spacing at 100 % (2 to 200 px)</source>
        <translation>Der Rasterabstand bei 100 % (2 bis 200 px)</translation>
    </message>
    <message>
        <source>Show the gr&amp;id</source>
        <translation>Raster an&amp;zeigen</translation>
    </message>
    <message>
        <source>Draw the grid on the canvas (never in pictures)</source>
        <translation>Raster auf der Zeichenfläche zeichnen (nie in Bildern)</translation>
    </message>
    <message>
        <source>&amp;Snap to the grid</source>
        <translation>Am Raster &amp;ausrichten</translation>
    </message>
    <message>
        <source>Shapes and bend points snap to the grid (hold Alt to place freely)</source>
        <translation>Formen und Knickpunkte rasten am Raster ein (Alt gedrückt halten, um frei zu platzieren)</translation>
    </message>
    <message>
        <source>Stick figure (UML default)</source>
        <translation>Strichmännchen (UML-Standard)</translation>
    </message>
    <message>
        <source>«actor» box</source>
        <translation>«actor»-Rechteck</translation>
    </message>
    <message>
        <source>New &amp;actors:</source>
        <translation>Neue Ak&amp;teure:</translation>
    </message>
    <message>
        <source>How actors you add are drawn; change one actor in its properties (Style)</source>
        <translation>Wie neu hinzugefügte Akteure gezeichnet werden; einzelne Akteure ändern Sie in ihren Eigenschaften (Stil)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A&amp;utosave every:</source>
        <translation>Automatisch &amp;sichern alle:</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved work is written (10 to 3600 seconds)</source>
        <translation>Wie oft eine Wiederherstellungskopie ungespeicherter Arbeit geschrieben wird (10 bis 3600 Sekunden)</translation>
    </message>
    <message>
        <source> changes</source>
        <translation> Änderungen</translation>
    </message>
    <message>
        <source>…or &amp;after:</source>
        <translation>…oder &amp;nach:</translation>
    </message>
    <message>
        <source>Also write the recovery copy after this many changes (1 to 1000)</source>
        <translation>Die Wiederherstellungskopie auch nach so vielen Änderungen schreiben (1 bis 1000)</translation>
    </message>
    <message>
        <source>&amp;Keep the previous version as a .bak file when saving</source>
        <translation>Beim Speichern die vorige Version als .bak-Datei &amp;behalten</translation>
    </message>
    <message>
        <source>Saving “x.ucd” first keeps the file as it was in “x.ucd.bak”</source>
        <translation>Beim Speichern von „x.ucd“ wird die Datei zuerst so, wie sie war, als „x.ucd.bak“ aufbewahrt</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>PNG si&amp;ze:</source>
        <translation>PNG-&amp;Größe:</translation>
    </message>
    <message>
        <source>Pixels per diagram pixel in PNG pictures and Copy as Image (2 x: 192 dpi)</source>
        <translation>Pixel pro Diagrammpixel in PNG-Bildern und bei „Als Bild kopieren“ (2 x: 192 dpi)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>The background of exported pictures and of Copy as Image</source>
        <translation>Der Hintergrund exportierter Bilder und von „Als Bild kopieren“</translation>
    </message>
    <message>
        <source>{dpi:g} dpi</source>
        <translation>{dpi:g} dpi</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Use Case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>system boundary</source>
        <translation>Systemgrenze</translation>
    </message>
    <message>
        <source>System Boundary</source>
        <translation>Systemgrenze</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <source>include</source>
        <translation>Include-Beziehung</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include-Beziehung</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>Extend-Beziehung</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend-Beziehung</translation>
    </message>
    <message>
        <source>generalization</source>
        <translation>Generalisierung</translation>
    </message>
    <message>
        <source>Generalization</source>
        <translation>Generalisierung</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>comment link</source>
        <translation>Kommentarverbindung</translation>
    </message>
    <message>
        <source>Comment Link</source>
        <translation>Kommentarverbindung</translation>
    </message>
    <message>
        <source>an actor</source>
        <translation>einen Akteur</translation>
    </message>
    <message>
        <source>a use case</source>
        <translation>einen Anwendungsfall</translation>
    </message>
    <message>
        <source>a system boundary</source>
        <translation>eine Systemgrenze</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>ein Paket</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>einen Kommentar</translation>
    </message>
    <message>
        <source>an association</source>
        <translation>eine Assoziation</translation>
    </message>
    <message>
        <source>an include</source>
        <translation>eine Include-Beziehung</translation>
    </message>
    <message>
        <source>an extend</source>
        <translation>eine Extend-Beziehung</translation>
    </message>
    <message>
        <source>a generalization</source>
        <translation>eine Generalisierung</translation>
    </message>
    <message>
        <source>a dependency</source>
        <translation>eine Abhängigkeit</translation>
    </message>
    <message>
        <source>a comment link</source>
        <translation>eine Kommentarverbindung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
</TS>
