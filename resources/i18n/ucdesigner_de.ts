<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .ucd document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection and delete it from the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste copies of the copied elements (new elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as &amp;Shown Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the copied elements themselves on this diagram (no copies are made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make copies of the selection beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete from Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selection from this diagram; the elements stay in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from &amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection from the model, with its relationships and its shapes on every diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select everything on this diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the name of the selected element on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to show the whole diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the grid on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes and bend points snap to the grid (hold Alt to place freely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid Si&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the grid spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new diagram to the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the current diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new diagram showing the same elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current diagram; its elements stay in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line the selected shapes up with the first one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal gaps between the selected shapes, left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal gaps between the selected shapes, top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Same Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected shapes the size of the first one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw {a_kind} from the first selected element to the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, move and resize (Esc returns here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {a_kind}: click on the canvas, or drag this onto it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw {a_kind}: press on one element and drag to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ucdesigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the model browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter elements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the elements whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;git revision of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has not been saved in a folder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No git revisions: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case models (*.ucd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what changed since another version: a file or a git revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the changes off the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {version}: {n} change(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {version}: no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not comparing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value of your branch (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the value of the branch being merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the model as it is now (after editing it by hand) and close the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} merge conflict(s) to resolve. Choose a side for each (or edit by hand and mark it resolved), save, then run “git add {file}”: git keeps the file marked as conflicted until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conflicts are resolved. Save, then run “git add {file}” and git commit to finish the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take that side: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the merge conflicts of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the other element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elements of this diagram; the rules refuse the greyed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the element the line starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules allow no {kind} from here to these elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element of this diagram matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a diagram first (Diagram ▸ New Diagram).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship needs two elements on the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a relationship from the selected element, choosing the other end by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the journey stages by use cases, per actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs per stage and balanced-scorecard perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write both tables to a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select these use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no use case —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Coverage as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {what} from diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} from model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what} from model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Shown Elements works with elements copied from this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {what} on diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {what} the same size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this diagram as a PNG, SVG or PDF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Diagrams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every diagram as a picture, one file each, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected elements as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put diagrams on PowerPoint slides as shapes you can still edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection (or the whole diagram) as a picture, to paste into slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped: {count} of {total} pictures written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} pictures to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diagram to put on slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} slides to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the picture: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diagram to copy it as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the selection as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the diagram as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the document&apos;s folder: never written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures written on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} asks to write these pictures every time it is saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them? Choose Don&apos;t Write if you did not expect this document to write files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export on save failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; 1 picture updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; {count} pictures updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the document&apos;s pictures were not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereotype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property “{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at the {key} end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest of stakeholder {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcondition {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issue {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension {n}: condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name would be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another property would have the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey stage is renamed in the journey&apos;s list, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey touchpoint is renamed in the journey&apos;s list, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, documentation, specifications, properties and journey fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in names, documentation, specifications, properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the chosen match and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at character {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: {reason}{where}. Nothing is searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} matches; the first {shown} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} “{name}”: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in {where} of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replace}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced in {n} fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not replaced: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next match of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous match of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace text in names and texts, with a preview of what changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the panel of the search and its matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the frame of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the frame of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame is drawn in this diagram&apos;s pictures, prints and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram &amp;Frame in Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the UML frame headed “uc [name]” around this diagram in pictures, prints and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Journey &amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the journey stages as lanes on this diagram; a use case placed in a lane takes its stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange Use Cases in Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every use case that has a stage into its lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Lane &amp;Width…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wide the lanes of this diagram are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey &amp;Stages and Touchpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the stages of the customer journey and the touchpoint list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which use cases cover each journey stage for each actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show journey lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide journey lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Lane Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each lane (points at 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lane width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange use cases in lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} use cases moved into their lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{usecase}” now belongs to “{subject}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{usecase}” left “{subject}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System boundaries changed: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Stages and Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages, in the order of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stage earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stage later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one pain point a line, e.g. from customer research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the touchpoint typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint &quot;{name}&quot; is in the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint {n} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint &quot;{name}&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journey stages and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &quot;{text}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: the value must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage of the customer journey; on diagrams showing lanes the use case moves into its lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the channels where this step happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Stages and Touchpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or remove the journey&apos;s stages and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer feels at this step, from −2 to +2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one pain point a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key performance indicator to this use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met or missed is shown in the Coverage view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set customer emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI {n} choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kpi} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kpi} current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Layout failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out {n} selected shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy Labels failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels tidied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the shapes that should keep their position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the diagram, or the selected shapes, automatically; shapes marked Keep Position stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy La&amp;bels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move only labels, condition notes and comments so that they cover nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Layout leaves the selected shapes where they are (toggle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ucdesigner documents (*.ucd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document used lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a relationship from the first selected element to the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — ucdesigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid spacing (px at 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename diagram “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate diagram “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete diagram “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models of other tools, imported ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;current diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit each diagram on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tile across pages at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much neighbouring pages repeat, to trim and glue them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header: document, diagram and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ooter: page n of m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap of tiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed 1 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {n} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no diagram to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the diagram, every diagram or the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the printed pages before printing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which checks run on this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fix it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the check “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the check “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the problems the model checks find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems the model checks find (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ucdesigner did not close properly last time. These documents had changes that were not saved. Restore them to keep working, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoverable documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticked documents with their unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the recovery copies of the ticked documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the copies and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {n} document(s)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}; its file is unknown, Save asks where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}; {path} changed since, Save will ask first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved changes of {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, with the diagrams beside it (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the diagrams, specifications, actors and check results as one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to {path} and {n} diagrams beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row below (Ctrl+Return or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent under the row above (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: there is no room for {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: you may not write {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deleted or moved by another program since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it with your version, save yours under another name, or cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid, snap, autosave, backups, export defaults, actor notation and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next / previous element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab on the last element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selection&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the chosen element in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (after its key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (Shift: big steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the tool or the drag; clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space + drag, or the middle mouse button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place freely, off the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt while dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every diagram, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable shapes, lines glued to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture (PNG, with SVG for newer Office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole, on one slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built up: actors, use cases, include and extend, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One journey stage at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One use case at a time, the rest faded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagrams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell each diagram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Specification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the goal, steps and conditions of the selected use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Specification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the goal, steps and conditions of this use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one use case to edit its specification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the specification as plain text, to paste into a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the model has no actors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Larger Editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the specification in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the {what} of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scope of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary, user goal or subfunction (or your own word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the level of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the supporting actors of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders and interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main success scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postconditions (expected outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system under design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the primary actors of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Associated Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the primary actors from the associations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the primary actors of {name} from the associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from the associations until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen here; the associations are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an extension of the current step (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extension (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches from step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens otherwise, e.g. “The card is refused”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension point of the use case at this place, for an «extend» to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension {label} of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* any step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New extension point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add extension {label} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie {what} to another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the condition of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie {what} to an extension point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New extension point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the extension point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create extension point “{point}” in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-purchase support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery, getting started, problems, resolution and loyalty: tracking, returns, support and refunds, with the customer&apos;s emotion at each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent phase (online shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a need to the decision to buy: search, browse, compare, reviews and recommendations, with conversion KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness to advocacy in five stages, with specifications of the main use cases and a KPI in each balanced-scorecard perspective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five default stages as lanes on an empty diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document from the template “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a customer journey template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;Table or PlantUML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet (actor, use case, relationship, target, stage…) or PlantUML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;PlantUML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PlantUML use case diagram as a new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plant&amp;UML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model as PlantUML use case text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} elements added, {reused} reused, {relationships} relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PlantUML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PlantUML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as PlantUML to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model from another tool: XMI, MagicDraw/Cameo .mdzip, ArgoUML .zargo, StarUML .mdj, draw.io drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XMI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model as XMI for other UML tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;StarUML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model as a StarUML project (.mdj), diagrams included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams read from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes placed on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams laid out automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References to other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMI files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MagicDraw / Cameo projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArgoUML projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StarUML projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw.io drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models of other tools ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eclipse UML2 / Papyrus (*.uml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMG XMI 2.5.1 (*.xmi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise Architect XMI 2.1 (*.xmi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export XMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export StarUML project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StarUML projects (*.mdj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export StarUML project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restyled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerouted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer emotion: {value} ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move condition note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release on the element this end should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to reconnect the line here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select: click an element, drag to move it, drag on empty canvas to select several; double-click or F2 renames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the diagram to place {a_kind}, or press Enter to place it in the middle (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw {a_kind}: press on the element it starts from, drag to the other one and release (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to draw the {kind} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to the element the line should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab select the elements one by one; Enter edits the properties, F2 renames, the arrow keys move, Delete removes from the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the {kind}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} elements selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({n} of {count}). Enter: properties, F2: rename, arrows: move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two elements: the line goes from the first to the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ pain points, no use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 empty cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} empty cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points but no use case: {stages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage has a use case for every actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no emotion set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean emotion of the use cases in each stage (−2 to +2); ! marks the pain points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with ucdesigner {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with ucdesigner {version} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P: primary actor · S: supporting actor · ●: associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supporting actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {notes} notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: every model check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks switched off for this document: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagram is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use cases on this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases on this slide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goal written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ucdesigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ucdesigner icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UML use case diagrams for business analysts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the ucdesigner developers.&lt;br&gt;Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; ({spdx}). There is no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;User guide (README)&lt;/a&gt; · &lt;a href=&quot;{home}&quot;&gt;Website&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions, to paste into a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramTabs</name>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tab per diagram; Ctrl+Tab and Ctrl+Shift+Tab switch between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no diagram. Use Diagram ▸ New Diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>{kind} from “{a}” to “{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All diagrams, one file each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (for slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UML diagram frame (uc [name])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly ticked: as each diagram&apos;s own setting (Diagram ▸ Diagram Frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again whenever the document is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is written again, with these settings, on every save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dpi:g} dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} files (*.{fmt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no diagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} x {h} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where to save the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures exported on every save must be inside the document&apos;s folder ({folder}); choose a place there or untick the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “{name}” ({n} of {count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} items imported, {mapped} mapped, {dropped} not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole report as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UML kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elements of the model by package and kind, with their relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the model, with its relationships and shapes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: choose one, then click on the diagram or drag the element onto it; on the canvas each tool also has a single-letter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields of the selected element, or of the diagram if nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} elements selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code:04X}) that no picture or file can show; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change diagram documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}
to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereotypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. business, primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an extension point to this use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected extension point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the extension happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension points used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the extended use case has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplicity at the {end} end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigable (arrowhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigable at the {end} end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style on this diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep position (Auto Layout leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour; Default uses the theme&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the theme&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stick figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«actor» box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change actor notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back as it was at installation (recent files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of the windows; the diagram stays light, like paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid spacing at 100 % (2 to 200 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the gr&amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the grid on the canvas (never in pictures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes and bend points snap to the grid (hold Alt to place freely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stick figure (UML default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«actor» box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How actors you add are drawn; change one actor in its properties (Style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved work is written (10 to 3600 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the recovery copy after this many changes (1 to 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the previous version as a .bak file when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “x.ucd” first keeps the file as it was in “x.ucd.bak”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per diagram pixel in PNG pictures and Copy as Image (2 x: 192 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background of exported pictures and of Copy as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dpi:g} dpi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
