<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt: %2.</source>
        <translation>The data folder %1 cannot be used: %2.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 staat op een netwerkschijf. Daar kan het programma niet zo snel en veilig opslaan als op de eigen schijf; het gebruikt daarom een voorzichtiger manier van opslaan. Zet de gegevensmap liever op deze computer (met schijfversleuteling).</source>
        <translation>The data folder %1 is on a network drive. The program cannot save there as quickly and safely as on this computer&apos;s own drive, so it uses a more careful way of saving. It is better to put the data folder on this computer (with disk encryption).</translation>
    </message>
    <message>
        <source>bij het afsluiten</source>
        <translation>when quitting</translation>
    </message>
    <message>
        <source>handmatig gemaakt</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>voor het terugzetten van een reservekopie</source>
        <translation>before restoring a backup</translation>
    </message>
    <message>
        <source>voor het definitief verwijderen van een afwijking</source>
        <translation>before deleting a deviation for good</translation>
    </message>
    <message>
        <source>voor het bijwerken van de opslag</source>
        <translation>before updating the storage</translation>
    </message>
    <message>
        <source>Gegevens beschadigd</source>
        <translation>Data damaged</translation>
    </message>
    <message>
        <source>Er is geen reservekopie om terug te zetten.</source>
        <translation>There is no backup to restore.</translation>
    </message>
    <message>
        <source>De nieuwste goede reservekopie is van %1. Wilt u die nu terugzetten?</source>
        <translation>The newest good backup is from %1. Do you want to restore it now?</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën. %1 maakt er een bij elk afsluiten waarbij iets is veranderd.</source>
        <translation>There are no backups yet. %1 makes one every time you quit after something has changed.</translation>
    </message>
    <message>
        <source>Welke reservekopie zet u terug?</source>
        <translation>Which backup do you want to restore?</translation>
    </message>
    <message>
        <source>De gegevens gaan terug naar de stand van %1. Wat u daarna hebt gedaan, is dan niet meer te zien; de huidige gegevens worden apart gezet in de gegevensmap, niet weggegooid. Het venster gaat daarvoor even dicht en weer open.</source>
        <translation>The data will go back to how it was on %1. Anything you did after that will no longer be visible; the current data is set aside in the data folder, not thrown away. To do this, the window closes briefly and opens again.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>De reservekopie van %1 is teruggezet.</source>
        <translation>The backup from %1 has been restored.</translation>
    </message>
    <message>
        <source>De vorige gegevens staan apart in %1.</source>
        <translation>The previous data has been set aside in %1.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>bijlage</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>“%1” is geen document of afbeelding (het is een %2-bestand). Het programma opent zo&apos;n bestand niet zelf: het zou een programma kunnen starten.</source>
        <translation>“%1” is not a document or picture (it is a %2 file). The program does not open such a file itself: it could start a program.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Let op: de naam “%1” doet zich voor als een ander soort bestand dan het is (het is een %2-bestand). Open het alleen als u weet waar het vandaan komt.</source>
        <translation>Note: the name “%1” poses as another kind of file than it is (it is a %2 file). Only open it if you know where it comes from.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1, rij %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <source>zeer hoog</source>
        <translation>very high</translation>
    </message>
    <message>
        <source>Risico&apos;s na maatregelen</source>
        <translation>Risks after measures</translation>
    </message>
    <message>
        <source>Risico&apos;s vóór maatregelen</source>
        <translation>Risks before measures</translation>
    </message>
    <message>
        <source>Nog niet beoordeeld na maatregelen: risico %1.</source>
        <translation>Not yet assessed after measures: risk %1.</translation>
    </message>
    <message>
        <source>%1. Nog geen risico&apos;s.</source>
        <translation>%1. No risks yet.</translation>
    </message>
    <message>
        <source>Risico %1: nog niet beoordeeld.</source>
        <translation>Risk %1: not assessed yet.</translation>
    </message>
    <message>
        <source>Risico %1: kans %2 (%3), gevolg %4 (%5), %6.</source>
        <translation>Risk %1: likelihood %2 (%3), impact %4 (%5), %6.</translation>
    </message>
    <message>
        <source>Kans →</source>
        <translation>Likelihood →</translation>
    </message>
    <message>
        <source>Gevolg →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Versie %1

Een hulpmiddel om onderbouwd af te wijken van een richtlijn of veldnorm, en dat uit te leggen aan de inspectie (“leg aan ons uit”). Van de wet wijkt het niet af.

Vragenlijst: %2, versie %3.</source>
        <translation>Version %1

A tool for deviating from a guideline or field norm with good reasons, and for explaining that to the inspectorate (“leg aan ons uit”: explain it to us). It never deviates from the law.

Questionnaire: %2, version %3.</translation>
    </message>
    <message>
        <source>Over het programma</source>
        <translation>About the program</translation>
    </message>
    <message>
        <source>Versie: %1
Gegevensmap: %2
Python %3, Qt %4, PySide6 %5

Licentie: MIT. De volledige tekst staat onder ‘Licentie’.</source>
        <translation>Version: %1
Data folder: %2
Python %3, Qt %4, PySide6 %5

Licence: MIT. The full text is under ‘Licence’.</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Over het programma en de licentie</source>
        <translation>About the program and the licence</translation>
    </message>
    <message>
        <source>&amp;Programma</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Licentie</source>
        <translation>&amp;Licence</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Vaststellen</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Afwijking vaststellen</source>
        <translation>Adopt deviation</translation>
    </message>
    <message>
        <source>Dit wordt versie %1.</source>
        <translation>This will be version %1.</translation>
    </message>
    <message>
        <source>Vastgesteld door</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>De naam van wie de afwijking vaststelt</source>
        <translation>The name of the person adopting the deviation</translation>
    </message>
    <message>
        <source>Functie van wie vaststelt</source>
        <translation>Role of the person adopting</translation>
    </message>
    <message>
        <source>kies een datum</source>
        <translation>choose a date</translation>
    </message>
    <message>
        <source>Datum van vaststelling</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <source>Vastgesteld &amp;door:</source>
        <translation>Adopted &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>D&amp;atum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Zonder titel</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Met vaststellen legt u deze tekst vast als versie van de afwijking. Wijzigingen daarna worden een nieuwe versie; de vastgestelde versie blijft bewaard.</source>
        <translation>Adopting records this text as a version of the deviation. Changes after that become a new version; the adopted version is kept.</translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds versie %1; een nieuwe versie is niet nodig.</source>
        <translation>Nothing has changed since version %1; a new version is not needed.</translation>
    </message>
    <message>
        <source>Vul in wie de afwijking vaststelt.</source>
        <translation>Fill in who is adopting the deviation.</translation>
    </message>
    <message>
        <source>Kies de datum van vaststelling.</source>
        <translation>Choose the date of adoption.</translation>
    </message>
</context>
<context>
    <name>AdoptionNote</name>
    <message>
        <source>Gewijzigd sinds versie %1 (vastgesteld op %2). Stel de afwijking opnieuw vast, zodat het document weer de geldende versie is.</source>
        <translation>Changed since version %1 (adopted on %2). Adopt the deviation again, so that the document is once more the version in force.</translation>
    </message>
    <message>
        <source>Vastgesteld als versie %1 op %2; sindsdien niet gewijzigd.</source>
        <translation>Adopted as version %1 on %2; not changed since.</translation>
    </message>
    <message>
        <source>Nog niet vastgesteld. Stel de afwijking vast zodra zij klaar is; tot dan is het document een concept.</source>
        <translation>Not adopted yet. Adopt the deviation as soon as it is ready; until then the document is a draft.</translation>
    </message>
</context>
<context>
    <name>AnswerEdit</name>
    <message>
        <source>Typ hier uw antwoord…</source>
        <translation>Type your answer here…</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Enter opent de gekozen bijlage, Delete verwijdert haar.</source>
        <translation>Enter opens the selected attachment, Delete removes it.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Nog geen bijlagen.</source>
        <translation>No attachments yet.</translation>
    </message>
    <message>
        <source>Bijlage toevoegen…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Kies een bestand van ten hoogste 10 MB, of sleep bestanden naar deze lijst.</source>
        <translation>Choose a file of at most 10 MB, or drag files onto this list.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gekozen bijlage openen</source>
        <translation>Open the selected attachment</translation>
    </message>
    <message>
        <source>Opent een kopie; wijzigingen daarin worden niet in het dossier bewaard.</source>
        <translation>Opens a copy; changes to it are not saved in the dossier.</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Gekozen bijlage opslaan als</source>
        <translation>Save the selected attachment as</translation>
    </message>
    <message>
        <source>Bewaar een kopie van de bijlage op uw computer.</source>
        <translation>Save a copy of the attachment on your computer.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gekozen bijlage verwijderen</source>
        <translation>Delete the selected attachment</translation>
    </message>
    <message>
        <source>Bijvoorbeeld de adviesbrief van de cliëntenraad of een risicoanalyse. De bestanden worden in het programma bewaard en gaan mee in het uitwisselbestand.</source>
        <translation>For example the client council&apos;s letter of advice or a risk analysis. The files are kept in the program and are included in the exchange file.</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 past er niet meer bij: samen mogen de bijlagen van een afwijking niet groter zijn dan %2.</source>
        <translation>%1 does not fit any more: together, the attachments of a deviation may not be larger than %2.</translation>
    </message>
    <message>
        <source>%1 is al toegevoegd als “%2”.</source>
        <translation>%1 has already been added as “%2”.</translation>
    </message>
    <message>
        <source>Bijlage niet toegevoegd</source>
        <translation>Attachment not added</translation>
    </message>
    <message>
        <source>Bijlage al aanwezig</source>
        <translation>Attachment already present</translation>
    </message>
    <message>
        <source>%1 is groter dan %2. Zo&apos;n groot bestand kan niet mee in het uitwisselbestand; bewaar het ergens anders en verwijs ernaar in de tekst.</source>
        <translation>%1 is larger than %2. A file that large cannot go into the exchange file; keep it somewhere else and refer to it in the text.</translation>
    </message>
    <message>
        <source>%1 is een map. Kies een bestand, of voeg de bestanden uit de map een voor een toe.</source>
        <translation>%1 is a folder. Choose a file, or add the files from the folder one by one.</translation>
    </message>
    <message>
        <source>%1 kon niet worden gelezen (%2).</source>
        <translation>%1 could not be read (%2).</translation>
    </message>
    <message>
        <source>Bijlage niet geopend</source>
        <translation>Attachment not opened</translation>
    </message>
    <message>
        <source>Wilt u het bestand opslaan, om het zelf te bekijken als u het vertrouwt?</source>
        <translation>Do you want to save the file, to look at it yourself if you trust it?</translation>
    </message>
    <message>
        <source>De bijlage kon niet worden klaargezet om te openen (%1).</source>
        <translation>The attachment could not be prepared for opening (%1).</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden dat “%1” kan openen. Gebruik “Opslaan als…” en open het bestand daarna zelf.</source>
        <translation>No program was found that can open “%1”. Use “Save as…” and then open the file yourself.</translation>
    </message>
    <message>
        <source>Bijlage opslaan als</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>%1 kon niet worden opgeslagen (%2).</source>
        <translation>%1 could not be saved (%2).</translation>
    </message>
    <message>
        <source>Bijlage “%1” uit het dossier verwijderen? Het bestand op uw computer blijft bestaan.</source>
        <translation>Delete attachment “%1” from the dossier? The file on your computer will remain.</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Delete attachment</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Toelichting (niet verplicht)</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <source>Toelichting bij: %1</source>
        <translation>Explanation for: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Tegelijk gewijzigd</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <source>Uw tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <source>Tekst van een collega</source>
        <translation>A colleague&apos;s text</translation>
    </message>
    <message>
        <source>Samengevoegde tekst</source>
        <translation>Text put together</translation>
    </message>
    <message>
        <source>Een collega heeft het antwoord op “%1” opgeslagen terwijl u het ook wijzigde. Er is niets verloren: kies welke tekst blijft, of voeg ze samen en pas de samengevoegde tekst aan.</source>
        <translation>A colleague saved the answer to “%1” while you were changing it too. Nothing is lost: choose which text stays, or put them together and edit the text put together.</translation>
    </message>
    <message>
        <source>Samengevoegd:</source>
        <translation>Put together:</translation>
    </message>
    <message>
        <source>&amp;Mijn tekst houden</source>
        <translation>Keep &amp;my text</translation>
    </message>
    <message>
        <source>&amp;Tekst van collega nemen</source>
        <translation>Take the &amp;colleague&apos;s text</translation>
    </message>
    <message>
        <source>&amp;Samengevoegde tekst bewaren</source>
        <translation>&amp;Save the text put together</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kalender openen (Alt+Omlaag)</source>
        <translation>Open the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Kalender openen</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Vul hier een datum in.</source>
        <translation>Please enter a date here.</translation>
    </message>
    <message>
        <source>Typ bijvoorbeeld 1-3-2027 of 1 maart 2027, of kies uit de kalender.</source>
        <translation>Type for example 1-3-2027 or 1 March 2027, or pick a day from the calendar.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Geen document gemaakt</source>
        <translation>No document made</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Afgedrukt naar %1</source>
        <translation>Printed to %1</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Bundel voor het inspectiebezoek</source>
        <translation>Bundle for the inspection visit</translation>
    </message>
    <message>
        <source>Van welke locatie?</source>
        <translation>For which location?</translation>
    </message>
    <message>
        <source>Ook concepten opnemen?</source>
        <translation>Include drafts too?</translation>
    </message>
    <message>
        <source>%1 afwijking(en) zijn nog niet vastgesteld. Een bundel bevat normaal alleen lopende afwijkingen. Wilt u de concepten toch opnemen? Ze worden op elke pagina als concept gemarkeerd.</source>
        <translation>%1 deviation(s) have not been adopted yet. A bundle normally holds running deviations only. Do you want to include the drafts anyway? Every page of them will be marked as a draft.</translation>
    </message>
    <message>
        <source>Concepten opnemen</source>
        <translation>Include drafts</translation>
    </message>
    <message>
        <source>Niet alles kan mee</source>
        <translation>Not everything can be included</translation>
    </message>
    <message>
        <source>Deze afwijkingen kunnen niet worden gelezen en komen niet in de bundel: %1. Zet een reservekopie terug of verwijder ze.</source>
        <translation>These deviations cannot be read and are left out of the bundle: %1. Restore a backup or delete them.</translation>
    </message>
    <message>
        <source>Geen bundel gemaakt</source>
        <translation>No bundle made</translation>
    </message>
    <message>
        <source>Er zijn geen lopende afwijkingen om te bundelen.</source>
        <translation>There are no current deviations to bundle.</translation>
    </message>
    <message>
        <source>Bundel opslaan als PDF</source>
        <translation>Save bundle as PDF</translation>
    </message>
    <message>
        <source>Bundel %1</source>
        <translation>Bundle %1</translation>
    </message>
    <message>
        <source>alle locaties</source>
        <translation>all locations</translation>
    </message>
    <message>
        <source>De bundel wordt gemaakt…</source>
        <translation>Making the bundle…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De bundel is niet gemaakt.</source>
        <translation>The bundle was not made.</translation>
    </message>
    <message>
        <source>Elke lopende afwijking hier wijkt af van een wet en heeft dus geen verantwoording: %1. Van een wet mag niet worden afgeweken.</source>
        <translation>Every running deviation here deviates from a law and so has no justification: %1. A law may not be deviated from.</translation>
    </message>
    <message>
        <source>Bundel opgeslagen: %1 (%2 afwijkingen)</source>
        <translation>Bundle saved: %1 (%2 deviations)</translation>
    </message>
    <message>
        <source>De huisstijl is opgeslagen.</source>
        <translation>The house style has been saved.</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Soort document</source>
        <translation>Type of document</translation>
    </message>
    <message>
        <source>Het &amp;dossier meegeven in de PDF, zodat het weer kan worden ingelezen</source>
        <translation>Include the &amp;dossier in the PDF, so that it can be imported again</translation>
    </message>
    <message>
        <source>Een PDF met het dossier erin kan later met Importeren weer worden geopend, met alle antwoorden. Voor de volledige verantwoording en het archief staat dit aan; voor de samenvatting en de adviesaanvraag, die naar vrijwilligers gaan, uit.</source>
        <translation>A PDF with the dossier inside can later be opened again with Import, with all its answers. This is on for the full justification and the archive copy, and off for the summary and the advice request, which go to volunteers.</translation>
    </message>
    <message>
        <source>&amp;Soort document:</source>
        <translation>&amp;Type of document:</translation>
    </message>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>Nieuwe afwijking</source>
        <translation>New deviation</translation>
    </message>
    <message>
        <source>Het voorbeeld “%1” is niet gevonden.</source>
        <translation>The example “%1” was not found.</translation>
    </message>
    <message>
        <source>Voorbeeld niet gevonden</source>
        <translation>Example not found</translation>
    </message>
    <message>
        <source>Voorbeeld: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Kopiëren mislukt</source>
        <translation>Could not copy</translation>
    </message>
    <message>
        <source>%1 (kopie)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Kopie gemaakt: %1</source>
        <translation>Copy made: %1</translation>
    </message>
    <message>
        <source>Afwijking verwijderen</source>
        <translation>Delete deviation</translation>
    </message>
    <message>
        <source>“%1” gaat naar de prullenbak. U kunt de afwijking daar terugzetten zolang u haar niet definitief verwijdert.</source>
        <translation>“%1” will go to the recycle bin. You can restore the deviation from there as long as you do not delete it permanently.</translation>
    </message>
    <message>
        <source>Naar prullenbak</source>
        <translation>Move to recycle bin</translation>
    </message>
    <message>
        <source>De afwijking is teruggezet.</source>
        <translation>The deviation has been restored.</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>“%1” wordt definitief verwijderd. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>“%1” will be deleted permanently. This cannot be undone.</translation>
    </message>
    <message>
        <source>Geen reservekopie</source>
        <translation>No backup</translation>
    </message>
    <message>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>De laatste wijzigingen zijn nog niet opgeslagen. Probeer het zo opnieuw.</source>
        <translation>The latest changes have not been saved yet. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Vaststellen niet mogelijk</source>
        <translation>Cannot adopt</translation>
    </message>
    <message>
        <source>Versie %1 is vastgesteld.</source>
        <translation>Version %1 has been adopted.</translation>
    </message>
    <message>
        <source>Niet mogelijk</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>De afwijking is in evaluatie.</source>
        <translation>The deviation is now under evaluation.</translation>
    </message>
    <message>
        <source>Beëindigen niet mogelijk</source>
        <translation>Cannot end</translation>
    </message>
    <message>
        <source>De afwijking is beëindigd.</source>
        <translation>The deviation has been ended.</translation>
    </message>
    <message>
        <source>Geschiedenis niet te lezen</source>
        <translation>History cannot be read</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>← Vorige stap</source>
        <translation>← Previous step</translation>
    </message>
    <message>
        <source>Volgende stap →</source>
        <translation>Next step →</translation>
    </message>
    <message>
        <source>Vorige stap (Ctrl+PgUp)</source>
        <translation>Previous step (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Volgende stap (Ctrl+PgDown)</source>
        <translation>Next step (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Tegelijk gewijzigd</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <source>Een collega heeft het punt “%1” van de checklist intussen ook beantwoord.

Uw antwoord: %2

Dat van uw collega: %3

Welk houdt u?</source>
        <translation>A colleague also answered the checklist point “%1” meanwhile.

Your answer: %2

Your colleague&apos;s: %3

Which do you keep?</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&amp;Mijn antwoord houden</source>
        <translation>&amp;Keep my answer</translation>
    </message>
    <message>
        <source>Antwoord van &amp;collega</source>
        <translation>&amp;Colleague&apos;s answer</translation>
    </message>
    <message>
        <source>Een collega heeft de tabel “%1” intussen ook gewijzigd.

Uw versie:
%2

Die van uw collega:
%3

Welke houdt u?</source>
        <translation>A colleague also changed the table “%1” meanwhile.

Your version:
%2

Your colleague&apos;s:
%3

Which do you keep?</translation>
    </message>
    <message>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <source>Versie van &amp;collega</source>
        <translation>&amp;Colleague&apos;s version</translation>
    </message>
    <message>
        <source>Een collega heeft dit gegeven intussen gewijzigd. U ziet nu de tekst van uw collega: “%1”. Pas hem zo nodig aan.</source>
        <translation>A colleague changed this meanwhile. You now see your colleague&apos;s text: “%1”. Change it if needed.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <source>Nog niet klaar</source>
        <translation>Not ready yet</translation>
    </message>
    <message>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Klaar?</source>
        <translation>Ready?</translation>
    </message>
    <message>
        <source>Gevonden</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Deze afwijking kan niet worden gelezen. Zet een reservekopie terug, of verwijder haar (Delete).</source>
        <translation>This deviation cannot be read. Restore a backup, or delete it (Delete).</translation>
    </message>
    <message>
        <source>onleesbaar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>gewijzigd sinds versie %1</source>
        <translation>changed since version %1</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <source>Evaluaties die aandacht vragen</source>
        <translation>Evaluations that need attention</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>%1 evaluatie(s) te laat, %2 binnen 30 dagen:</source>
        <translation>%1 evaluation(s) overdue, %2 due within 30 days:</translation>
    </message>
    <message>
        <source>en nog %1</source>
        <translation>and %1 more</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Beëindigen</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Afwijking beëindigen</source>
        <translation>End deviation</translation>
    </message>
    <message>
        <source>kies een datum</source>
        <translation>choose a date</translation>
    </message>
    <message>
        <source>Datum van beëindigen</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reden van beëindigen</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Vervangen door</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>De afwijking die deze vervangt; alleen bij vervangen</source>
        <translation>The deviation that replaces this one; only when it is replaced</translation>
    </message>
    <message>
        <source>Kies een afwijking…</source>
        <translation>Choose a deviation…</translation>
    </message>
    <message>
        <source>Zonder titel</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Vervangen &amp;door:</source>
        <translation>Replaced &amp;by:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Waarom de afwijking stopt en wat er nu geldt</source>
        <translation>Why the deviation stops and what applies now</translation>
    </message>
    <message>
        <source>D&amp;atum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Leg vast wanneer en waarom de afwijking stopt. Een beëindigde afwijking kan daarna niet opnieuw worden vastgesteld; het dossier blijft bewaard.</source>
        <translation>Record when and why the deviation stops. An ended deviation cannot be adopted again afterwards; the dossier is kept.</translation>
    </message>
    <message>
        <source>Kies de datum waarop de afwijking stopt.</source>
        <translation>Choose the date on which the deviation stops.</translation>
    </message>
    <message>
        <source>Er is geen andere afwijking die deze kan vervangen.</source>
        <translation>There is no other deviation that can replace this one.</translation>
    </message>
    <message>
        <source>Kies de afwijking die deze vervangt.</source>
        <translation>Choose the deviation that replaces this one.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Evaluatie bewerken</source>
        <translation>Edit evaluation</translation>
    </message>
    <message>
        <source>Evaluatie vastleggen</source>
        <translation>Record evaluation</translation>
    </message>
    <message>
        <source>Datum van de evaluatie</source>
        <translation>Date of the evaluation</translation>
    </message>
    <message>
        <source>Wat bleek</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Wat de evaluatie liet zien: signalen, cijfers, ervaringen</source>
        <translation>What the evaluation showed: signals, figures, experiences</translation>
    </message>
    <message>
        <source>Wat is bijgestuurd</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Wat er naar aanleiding hiervan is veranderd</source>
        <translation>What was changed as a result</translation>
    </message>
    <message>
        <source>nog niet gepland</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <source>Datum van de volgende evaluatie</source>
        <translation>Date of the next evaluation</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Wat bleek:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>Wat is &amp;bijgestuurd:</source>
        <translation>&amp;Adjustments:</translation>
    </message>
    <message>
        <source>&amp;Volgende evaluatie:</source>
        <translation>&amp;Next evaluation:</translation>
    </message>
    <message>
        <source>Leg vast wanneer u hebt geëvalueerd, wat er bleek en wat u hebt bijgestuurd. Zo laat u de inspectie zien dat de afwijking wordt gevolgd.</source>
        <translation>Record when you evaluated, what you found and what you adjusted. This shows the inspectorate that the deviation is being monitored.</translation>
    </message>
    <message>
        <source>De volgende evaluatie moet na de datum van deze evaluatie liggen.</source>
        <translation>The next evaluation must be after the date of this evaluation.</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Wie evalueert</source>
        <translation>Who evaluates</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de teamleider met de kwaliteitsadviseur</source>
        <translation>For example: the team leader with the quality adviser</translation>
    </message>
    <message>
        <source>Wie &amp;evalueert:</source>
        <translation>Wh&amp;o evaluates:</translation>
    </message>
    <message>
        <source>Gehouden evaluaties</source>
        <translation>Evaluations held</translation>
    </message>
    <message>
        <source>Enter of dubbelklikken bewerkt een evaluatie, Delete verwijdert haar.</source>
        <translation>Enter or double-click edits an evaluation, Delete removes it.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat bleek</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Wat is bijgestuurd</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>Nog geen evaluaties vastgelegd. Leg na elke evaluatie vast wat er bleek en wat u hebt bijgestuurd.</source>
        <translation>No evaluations recorded yet. After each evaluation, record what you found and what you adjusted.</translation>
    </message>
    <message>
        <source>Evaluatie vastleggen…</source>
        <translation>Record evaluation…</translation>
    </message>
    <message>
        <source>Evaluatie vastleggen</source>
        <translation>Record evaluation</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Gekozen evaluatie bewerken</source>
        <translation>Edit the selected evaluation</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gekozen evaluatie verwijderen</source>
        <translation>Delete the selected evaluation</translation>
    </message>
    <message>
        <source>Signalen, momenten en stopcriteria beschrijft u hierboven. Hier legt u vast wie evalueert en welke evaluaties er zijn gehouden.</source>
        <translation>You describe signals, moments and criteria for stopping above. Here you record who evaluates and which evaluations have been held.</translation>
    </message>
    <message>
        <source>nog niet gepland</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <source>Evaluatie verwijderen</source>
        <translation>Delete evaluation</translation>
    </message>
    <message>
        <source>De evaluatie van %1 verwijderen?</source>
        <translation>Delete the evaluation of %1?</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Afwijking importeren</source>
        <translation>Import deviation</translation>
    </message>
    <message>
        <source>Uitwisselbestanden en PDF&apos;s van IGJ Afwijken (*.json *.pdf)</source>
        <translation>Exchange files and PDFs from IGJ Afwijken (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Importeren mislukt</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <source>%1 kon niet worden opgeslagen: %2. Er is niets half ingelezen.</source>
        <translation>%1 could not be saved: %2. Nothing has been partly imported.</translation>
    </message>
    <message>
        <source>Ingelezen: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Let op de bijlagen</source>
        <translation>Mind the attachments</translation>
    </message>
    <message>
        <source>Bestand niet gevonden</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>%1 bestaat niet meer; het is uit de lijst gehaald.</source>
        <translation>%1 no longer exists; it has been removed from the list.</translation>
    </message>
    <message>
        <source>%1 is geen uitwisselbestand. Alleen .json-bestanden en PDF&apos;s van IGJ Afwijken kunnen worden ingelezen.</source>
        <translation>%1 is not an exchange file. Only .json files and PDFs from IGJ Afwijken can be imported.</translation>
    </message>
    <message>
        <source>Uitwisselbestand opslaan</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <source>Afwijking</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Uitwisselbestanden (*.json)</source>
        <translation>Exchange files (*.json)</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>%1 kon niet worden opgeslagen: %2. Een eerder bestand met die naam is niet aangeraakt.</source>
        <translation>%1 could not be saved: %2. An earlier file with that name has not been touched.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Zoeken in deze afwijking…</source>
        <translation>Find in this deviation…</translation>
    </message>
    <message>
        <source>Zoeken in deze afwijking</source>
        <translation>Find in this deviation</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Vorige vindplaats (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Volgende vindplaats (F3 of Enter)</source>
        <translation>Next match (F3 or Enter)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zoeken sluiten (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <source>Zoeken:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Niets gevonden voor ‘%1’</source>
        <translation>Nothing found for ‘%1’</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Wijzigingen, de nieuwste eerst</source>
        <translation>Changes, newest first</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Werd</source>
        <translation>Became</translation>
    </message>
    <message>
        <source>De server schrijft elke wijziging op: wie, wanneer, en wat er stond en kwam te staan. Niemand kan dit veranderen.</source>
        <translation>The server records every change: who, when, and what was there and what came instead. Nobody can change this.</translation>
    </message>
    <message>
        <source>%1, rij %2</source>
        <translation>%1, row %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welkom bij IGJ Afwijken</source>
        <translation>Welcome to IGJ Afwijken</translation>
    </message>
    <message>
        <source>Moet u afwijken van een richtlijn of veldnorm omdat u niet genoeg personeel vindt? Dit programma helpt u de vijf vragen van de inspectie te beantwoorden en maakt er een verantwoording van voor de cliëntenraad en de inspecteur.</source>
        <translation>Do you have to deviate from a guideline or field norm because you cannot find enough staff? This program helps you answer the inspectorate&apos;s five questions and turns your answers into a justification for the client council and the inspector.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe afwijking</source>
        <translation>&amp;New deviation</translation>
    </message>
    <message>
        <source>Of begin vanuit een voorbeeld. U krijgt een eigen kopie die u kunt bekijken en aanpassen; het voorbeeld zelf blijft zoals het is.</source>
        <translation>Or start from an example. You get your own copy, which you can look at and change; the example itself stays as it is.</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Begin vanuit voorbeeld: %1</source>
        <translation>Start from example: %1</translation>
    </message>
    <message>
        <source>Uw afwijkingen</source>
        <translation>Your deviations</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>Dupli&amp;cate</translation>
    </message>
    <message>
        <source>Vast&amp;stellen…</source>
        <translation>Ado&amp;pt…</translation>
    </message>
    <message>
        <source>De gekozen afwijking openen en vaststellen (nog niet vastgesteld, of gewijzigd)</source>
        <translation>Open the chosen deviation and adopt it (not adopted yet, or changed)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>De&amp;finitief verwijderen…</source>
        <translation>Delete &amp;permanently…</translation>
    </message>
    <message>
        <source>&amp;Prullenbak</source>
        <translation>Recycle &amp;bin</translation>
    </message>
    <message>
        <source>Vanuit voor&amp;beeld</source>
        <translation>From e&amp;xample</translation>
    </message>
    <message>
        <source>Zoeken in alle teksten: antwoorden, tabellen, namen…</source>
        <translation>Search all texts: answers, tables, names…</translation>
    </message>
    <message>
        <source>Zoeken in alle teksten van de afwijkingen</source>
        <translation>Search all texts of the deviations</translation>
    </message>
    <message>
        <source>Elk woord moet voorkomen. Woorden van drie letters of meer worden gezocht in alle teksten, ook binnen samengestelde woorden (‘sensor’ vindt ‘bewegingssensoren’). Kortere woorden zoeken naar het begin van een woord in de titel, de locatie en het team.</source>
        <translation>Every word must occur. Words of three letters or more are looked for in all texts, also inside compound words (‘sensor’ finds ‘bewegingssensoren’). Shorter words look for the start of a word in the title, the location and the team.</translation>
    </message>
    <message>
        <source>Alleen met status</source>
        <translation>Only with status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alleen in sector</source>
        <translation>Only in sector</translation>
    </message>
    <message>
        <source>Alle sectoren</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Alleen op locatie</source>
        <translation>Only at location</translation>
    </message>
    <message>
        <source>Lijst van afwijkingen</source>
        <translation>List of deviations</translation>
    </message>
    <message>
        <source>De prullenbak is leeg.</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Prullenbak</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Het register kon niet worden gelezen. %1</source>
        <translation>The register could not be read. %1</translation>
    </message>
    <message>
        <source>Niets gevonden voor ‘%1’.</source>
        <translation>Nothing found for ‘%1’.</translation>
    </message>
    <message>
        <source>Geen afwijkingen met deze keuze.</source>
        <translation>No deviations with this choice.</translation>
    </message>
    <message>
        <source>(Gezocht in de prullenbak.)</source>
        <translation>(Searched in the recycle bin.)</translation>
    </message>
    <message>
        <source>“%1” staat in de prullenbak.</source>
        <translation>“%1” is in the recycle bin.</translation>
    </message>
    <message>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <source>Huisstijl</source>
        <translation>House style</translation>
    </message>
    <message>
        <source>De naam, de kleur en het logo van uw organisatie staan in elk document dat het programma maakt.</source>
        <translation>Your organisation&apos;s name, colour and logo appear in every document the program makes.</translation>
    </message>
    <message>
        <source>zoals in de afwijking ingevuld</source>
        <translation>as filled in for the deviation</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Accentkleur</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>&amp;Accentkleur:</source>
        <translation>&amp;Accent colour:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Logo &amp;verwijderen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Eigen sjablonen: zet een bestand ‘naam%1’ in de map met eigen sjablonen. Heeft het de naam van een ingebouwd sjabloon (bijvoorbeeld ‘verantwoording%1’), dan vervangt het dat; anders komt er een soort document bij.</source>
        <translation>Your own templates: put a file ‘name%1’ in the folder for your own templates. If it has the name of a built-in template (for example ‘verantwoording%1’), it replaces that template; otherwise it adds a new type of document.</translation>
    </message>
    <message>
        <source>&amp;Map met eigen sjablonen openen</source>
        <translation>Open the &amp;folder for your own templates</translation>
    </message>
    <message>
        <source>Accentkleur kiezen</source>
        <translation>Choose accent colour</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Logo&apos;s (*.png *.svg)</source>
        <translation>Logos (*.png *.svg)</translation>
    </message>
    <message>
        <source>Logo niet gebruikt</source>
        <translation>Logo not used</translation>
    </message>
    <message>
        <source>%1 kan niet worden gelezen: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>(geen logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Map niet geopend</source>
        <translation>Folder not opened</translation>
    </message>
</context>
<context>
    <name>InvolvementPanel</name>
    <message>
        <source>Wie zijn er betrokken?</source>
        <translation>Who is involved?</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>overleg, enquête…</source>
        <translation>meeting, survey…</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Nog niemand vastgelegd.</source>
        <translation>Nobody recorded yet.</translation>
    </message>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation>Add someone involved</translation>
    </message>
    <message>
        <source>Gekozen betrokkene verwijderen</source>
        <translation>Delete the selected person involved</translation>
    </message>
    <message>
        <source>Betrokkene verwijderen</source>
        <translation>Delete person involved</translation>
    </message>
    <message>
        <source>“%1” uit de lijst van betrokkenen halen?</source>
        <translation>Remove “%1” from the list of people involved?</translation>
    </message>
    <message>
        <source>Nog niet gevraagd</source>
        <translation>Not requested yet</translation>
    </message>
    <message>
        <source>Advies gevraagd op</source>
        <translation>Advice requested on</translation>
    </message>
    <message>
        <source>Nog niet gegeven</source>
        <translation>Not given yet</translation>
    </message>
    <message>
        <source>Advies gegeven op</source>
        <translation>Advice given on</translation>
    </message>
    <message>
        <source>Nog geen advies</source>
        <translation>No advice yet</translation>
    </message>
    <message>
        <source>Advies van de cliëntenraad</source>
        <translation>Advice of the client council</translation>
    </message>
    <message>
        <source>Tekst van het advies</source>
        <translation>Text of the advice</translation>
    </message>
    <message>
        <source>Het advies in de woorden van de cliëntenraad, of een samenvatting</source>
        <translation>The advice in the client council&apos;s own words, or a summary</translation>
    </message>
    <message>
        <source>Wat is ermee gedaan</source>
        <translation>What was done with it</translation>
    </message>
    <message>
        <source>Welke voorwaarden of zorgen u overnam, en waarom u iets niet overnam</source>
        <translation>Which conditions or concerns you took on board, and why you did not take something on board</translation>
    </message>
    <message>
        <source>Gevraagd &amp;op:</source>
        <translation>Requested &amp;on:</translation>
    </message>
    <message>
        <source>Gege&amp;ven op:</source>
        <translation>Rece&amp;ived on:</translation>
    </message>
    <message>
        <source>Ad&amp;vies:</source>
        <translation>Advi&amp;ce:</translation>
    </message>
    <message>
        <source>Te&amp;kst van het advies:</source>
        <translation>&amp;Text of the advice:</translation>
    </message>
    <message>
        <source>Wat is er&amp;mee gedaan:</source>
        <translation>What was done &amp;with it:</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Bereikbaar via</source>
        <translation>Reachable via</translation>
    </message>
    <message>
        <source>telefoon, e-mail, spreekuur</source>
        <translation>phone, email, drop-in hours</translation>
    </message>
    <message>
        <source>Aanspreekpunten</source>
        <translation>Points of contact</translation>
    </message>
    <message>
        <source>Nog geen aanspreekpunt vastgelegd.</source>
        <translation>No point of contact recorded yet.</translation>
    </message>
    <message>
        <source>Aanspreekpunt toevoegen</source>
        <translation>Add point of contact</translation>
    </message>
    <message>
        <source>Gekozen aanspreekpunt verwijderen</source>
        <translation>Delete the selected point of contact</translation>
    </message>
    <message>
        <source>Aanspreekpunt verwijderen</source>
        <translation>Delete point of contact</translation>
    </message>
    <message>
        <source>Aanspreekpunt “%1” verwijderen?</source>
        <translation>Delete point of contact “%1”?</translation>
    </message>
    <message>
        <source>Leg vast wie er bij de afwijking betrokken zijn, hoe (overleg, enquête, adviesaanvraag), wanneer en wat dat opleverde.</source>
        <translation>Record who is involved in the deviation, how (meeting, survey, request for advice), when, and what came of it.</translation>
    </message>
    <message>
        <source>Vraag de cliëntenraad om advies. Noteer wanneer u het vroeg en kreeg, wat de raad adviseerde en wat u ermee deed.</source>
        <translation>Ask the client council for advice. Note when you asked for it and received it, what the council advised and what you did with it.</translation>
    </message>
    <message>
        <source>Aanspreekpunten voor vragen en twijfels</source>
        <translation>Points of contact for questions and doubts</translation>
    </message>
    <message>
        <source>Bij wie kunnen medewerkers, cliënten en naasten terecht met vragen of twijfels over de afwijking?</source>
        <translation>Who can staff, clients and relatives go to with questions or doubts about the deviation?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opslaan</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Organisatieregister</source>
        <translation>Organisation store</translation>
    </message>
    <message>
        <source>Waar de afwijkingen staan</source>
        <translation>Where the deviations are kept</translation>
    </message>
    <message>
        <source>Organisatieregister niet bereikbaar</source>
        <translation>Organisation store not reachable</translation>
    </message>
    <message>
        <source>U werkt nu in de gegevensmap op deze computer. Bij de volgende start probeert het programma het organisatieregister opnieuw.</source>
        <translation>You are now working in the data folder on this computer. At the next start the program tries the organisation store again.</translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>Gegevens beschadigd</source>
        <translation>Data damaged</translation>
    </message>
    <message>
        <source>Wat u nu typt, wordt nog opgeslagen waar dat kan. Zet zo snel mogelijk een reservekopie terug: Bestand → Back-up terugzetten.</source>
        <translation>What you type now is still saved where that is possible. Put back a backup as soon as you can: File → Restore backup.</translation>
    </message>
    <message>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Alles opgeslagen</source>
        <translation>All saved</translation>
    </message>
    <message>
        <source>Wordt opgeslagen…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opslaan mislukt: %1. Uw tekst blijft staan; het programma probeert het opnieuw.</source>
        <translation>Could not save: %1. Your text stays where it is; the program will try again.</translation>
    </message>
    <message>
        <source>Wijzigingen wachten op de server</source>
        <translation>Changes wait for the server</translation>
    </message>
    <message>
        <source>De laatste wijzigingen konden nog niet worden opgeslagen: %1

Ze zijn op deze computer bewaard, en worden opgeslagen zodra u het programma weer opent en de organisatieserver bereikbaar is.</source>
        <translation>The last changes could not be saved yet: %1

They are kept on this computer, and are saved as soon as you open the program again while the organisation server can be reached.</translation>
    </message>
    <message>
        <source>Andere taal</source>
        <translation>Different language</translation>
    </message>
    <message>
        <source>Het venster opent opnieuw in de gekozen taal (%1). Alles is opgeslagen en het open dossier komt terug. Nu opnieuw openen?</source>
        <translation>The window will open again in the chosen language (%1). Everything has been saved and the deviation you have open will come back. Reopen now?</translation>
    </message>
    <message>
        <source>Nu opnieuw openen</source>
        <translation>Reopen now</translation>
    </message>
    <message>
        <source>Bij de volgende start</source>
        <translation>At the next start</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything has been saved</translation>
    </message>
    <message>
        <source>De laatste wijzigingen konden niet worden opgeslagen: %1

Als u nu afsluit, gaan ze verloren. Toch afsluiten?</source>
        <translation>The latest changes could not be saved: %1

If you quit now, they will be lost. Quit anyway?</translation>
    </message>
    <message>
        <source>Toch afsluiten</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Geen reservekopie</source>
        <translation>No backup</translation>
    </message>
</context>
<context>
    <name>OutlookPanel</name>
    <message>
        <source>Stoppen en daarna</source>
        <translation>Stopping and afterwards</translation>
    </message>
    <message>
        <source>Wanneer u stopt of ingrijpt</source>
        <translation>When you stop or step in</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: als er twee incidenten in een maand zijn, of als een dienst niet meer bezet kan worden, stoppen we en gaan we terug naar de oude bezetting.</source>
        <translation>For example: if there are two incidents in a month, or if a shift can no longer be filled, we stop and go back to the old staffing.</translation>
    </message>
    <message>
        <source>Terug naar de norm of blijvend anders</source>
        <translation>Back to the norm or lastingly different</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>De weg terug, of waar u de werkwijze inbrengt</source>
        <translation>The way back, or where you bring in the way of working</translation>
    </message>
    <message>
        <source>&amp;Wanneer stopt u of grijpt u in?</source>
        <translation>&amp;When do you stop or step in?</translation>
    </message>
    <message>
        <source>&amp;Daarna:</source>
        <translation>&amp;Afterwards:</translation>
    </message>
    <message>
        <source>Leg vooraf vast wanneer de werkwijze niet meer verantwoord is. Kies dan of u teruggaat naar de norm, of dat de zorg blijvend anders wordt omdat het tekort blijft; dan brengt u de nieuwe werkwijze in bij de veldnorm, de ontwikkeling van de richtlijn of uw brancheorganisatie.</source>
        <translation>Record beforehand when the way of working is no longer responsible. Then choose whether you go back to the norm, or whether care stays different because the shortage lasts; then you bring the new way of working into the field norm, the development of the guideline or your sector body.</translation>
    </message>
    <message>
        <source>&amp;Waar brengt u de nieuwe werkwijze in (veldnorm, richtlijnontwikkeling, brancheorganisatie), en hoe?</source>
        <translation>&amp;Where do you bring in the new way of working (field norm, guideline development, sector body), and how?</translation>
    </message>
    <message>
        <source>&amp;Hoe en wanneer gaat u terug naar de norm?</source>
        <translation>&amp;How and when do you go back to the norm?</translation>
    </message>
    <message>
        <source>&amp;De weg terug, of waar u de werkwijze inbrengt:</source>
        <translation>&amp;The way back, or where you bring in the way of working:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overzicht: klaar voor het inspectiebezoek?</source>
        <translation>Overview: ready for the inspection visit?</translation>
    </message>
    <message>
        <source>Overzicht van beantwoorde en open punten</source>
        <translation>Overview of answered and open points</translation>
    </message>
    <message>
        <source>%1 van %2 deelvragen beantwoord.</source>
        <translation>%1 of %2 sub-questions answered.</translation>
    </message>
    <message>
        <source>Voortgang per stap</source>
        <translation>Progress per step</translation>
    </message>
    <message>
        <source>Start: %1 van %2 gegevens ingevuld</source>
        <translation>Start: %1 of %2 details filled in</translation>
    </message>
    <message>
        <source>%1 Checklist %2 (%3/%4)</source>
        <translation>%1 Checklist %2 (%3/%4)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Pagina&apos;s van het document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Wordt bijgewerkt…</source>
        <translation>Updating…</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <source>de gegevensmap op deze computer</source>
        <translation>the data folder on this computer</translation>
    </message>
    <message>
        <source>Ander register</source>
        <translation>Another register</translation>
    </message>
    <message>
        <source>Het venster opent opnieuw en werkt dan in %1. Alles is opgeslagen. Nu opnieuw openen?</source>
        <translation>The window reopens and then works in %1. Everything is saved. Reopen now?</translation>
    </message>
    <message>
        <source>Nu opnieuw openen</source>
        <translation>Reopen now</translation>
    </message>
    <message>
        <source>Tekstgrootte: %1 %</source>
        <translation>Text size: %1%</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Waar let de inspectie op?</source>
        <translation>What does the inspectorate look for?</translation>
    </message>
    <message>
        <source>Opmaak: **vet** (Ctrl+B), *schuin* (Ctrl+I); regels die beginnen met “- ” of “1. ” worden een lijst.</source>
        <translation>Formatting: **bold** (Ctrl+B), *italic* (Ctrl+I); lines that start with “- ” or “1. ” become a list.</translation>
    </message>
    <message>
        <source>0 woorden</source>
        <translation>0 words</translation>
    </message>
    <message>
        <source>1 woord</source>
        <translation>1 word</translation>
    </message>
    <message numerus="yes">
        <source>%n woorden</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Voorbeeld tonen</source>
        <translation>Show example</translation>
    </message>
    <message>
        <source>Voorbeeldantwoord tonen: %1</source>
        <translation>Show example answer: %1</translation>
    </message>
    <message>
        <source>Voorbeeld verbergen</source>
        <translation>Hide example</translation>
    </message>
    <message>
        <source>In gewone woorden, voor de cliëntenraad (niet verplicht)</source>
        <translation>In plain words, for the client council (optional)</translation>
    </message>
    <message>
        <source>Een paar korte zinnen, zonder vaktaal. Komt in de samenvatting en de adviesaanvraag.</source>
        <translation>A few short sentences, without jargon. This goes into the summary and the request for advice.</translation>
    </message>
    <message>
        <source>Samenvatting in gewone woorden</source>
        <translation>Summary in plain words</translation>
    </message>
    <message>
        <source>Hier ziet u hoe makkelijk de tekst te lezen is.</source>
        <translation>Here you see how easy the text is to read.</translation>
    </message>
    <message>
        <source>Leesbaarheid: %1 (%2)</source>
        <translation>Readability: %1 (%2)</translation>
    </message>
    <message>
        <source>Geen lange zinnen en geen vaktaal gevonden.</source>
        <translation>No long sentences and no jargon found.</translation>
    </message>
    <message>
        <source>en nog %1 punten</source>
        <translation>and %1 more points</translation>
    </message>
    <message>
        <source>nog niet gepland</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <source>Datum van de volgende evaluatie</source>
        <translation>Date of the next evaluation</translation>
    </message>
    <message>
        <source>&amp;Volgende evaluatie:</source>
        <translation>&amp;Next evaluation:</translation>
    </message>
    <message>
        <source>Goed voorbeeld uit de %1:</source>
        <translation>Good example from %1:</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Nog een voorbeeld</source>
        <translation>Another example</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Risicomatrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Kans %1 (%2), gevolg %3 (%4)</source>
        <translation>Likelihood %1 (%2), impact %3 (%4)</translation>
    </message>
    <message>
        <source>(geen omschrijving)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Risico %1: %2</source>
        <translation>Risk %1: %2</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Risico&apos;s en maatregelen</source>
        <translation>Risks and measures</translation>
    </message>
    <message>
        <source>Eén regel per risico. Pijltjestoetsen gaan van cel naar cel, F2 of typen wijzigt een cel, Tab gaat naar de knoppen.</source>
        <translation>One row per risk. The arrow keys move from cell to cell, F2 or typing changes a cell, Tab moves to the buttons.</translation>
    </message>
    <message>
        <source>Risico &amp;toevoegen</source>
        <translation>&amp;Add risk</translation>
    </message>
    <message>
        <source>Risico toevoegen</source>
        <translation>Add risk</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Gekozen risico verwijderen</source>
        <translation>Delete the selected risk</translation>
    </message>
    <message>
        <source>&amp;Omhoog</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Gekozen risico omhoog</source>
        <translation>Move the selected risk up</translation>
    </message>
    <message>
        <source>O&amp;mlaag</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Gekozen risico omlaag</source>
        <translation>Move the selected risk down</translation>
    </message>
    <message>
        <source>Toelichting bij het gekozen risico</source>
        <translation>Explanation of the chosen risk</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de kans blijft groot, maar de gevolgen zijn beperkt doordat de nachtdienst binnen vijf minuten ter plaatse is; besloten door de bestuurder.</source>
        <translation>For example: the likelihood stays high, but the consequences are limited because the night shift is there within five minutes; decided by the director.</translation>
    </message>
    <message>
        <source>&amp;Na maatregelen</source>
        <translation>After &amp;measures</translation>
    </message>
    <message>
        <source>Risicomatrix na maatregelen tonen</source>
        <translation>Show the risk matrix after measures</translation>
    </message>
    <message>
        <source>Toon in de matrix waar de risico&apos;s staan nadat de maatregelen genomen zijn</source>
        <translation>Show in the matrix where the risks are once the measures have been taken</translation>
    </message>
    <message>
        <source>Noem per risico voor cliënten hoe groot de kans is dat het gebeurt en hoe ernstig het gevolg is (1 = zeer klein, 5 = zeer groot), welke maatregelen u neemt en wie ze bewaakt. Schat daarna kans en gevolg opnieuw, met de maatregelen erbij.</source>
        <translation>For each risk to clients, state how likely it is to happen and how serious the impact is (1 = very low, 5 = very high), which measures you take and who monitors them. Then estimate the likelihood and impact again, with the measures in place.</translation>
    </message>
    <message>
        <source>Risico %1 blijft hoog. &amp;Waarom is het toch aanvaardbaar, wie besliste dat, en wat doet u extra?</source>
        <translation>Risk %1 stays high. &amp;Why is it still acceptable, who decided that, and what do you do in addition?</translation>
    </message>
    <message>
        <source>zonder omschrijving</source>
        <translation>no description</translation>
    </message>
    <message>
        <source>Risico verwijderen</source>
        <translation>Delete risk</translation>
    </message>
    <message>
        <source>Risico %1 (“%2”) en de maatregelen erbij worden verwijderd.</source>
        <translation>Risk %1 (“%2”) and its measures will be deleted.</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>– nog niet beoordeeld</source>
        <translation>– not assessed yet</translation>
    </message>
    <message>
        <source>Risico</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Het risico voor cliënten</source>
        <translation>The risk to clients</translation>
    </message>
    <message>
        <source>Kans</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Kans dat het gebeurt, 1 (zeer klein) tot 5</source>
        <translation>Likelihood that it happens, 1 (very low) to 5</translation>
    </message>
    <message>
        <source>Gevolg</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Gevolg als het gebeurt, 1 (zeer gering) tot 5</source>
        <translation>Impact if it happens, 1 (very minor) to 5</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Wat u doet om het risico te beperken</source>
        <translation>What you do to limit the risk</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Wie de maatregelen bewaakt</source>
        <translation>Who monitors the measures</translation>
    </message>
    <message>
        <source>Kans na
maatregelen</source>
        <translation>Likelihood
after measures</translation>
    </message>
    <message>
        <source>Kans na de maatregelen; leeg zolang nog niet beoordeeld</source>
        <translation>Likelihood after the measures; empty until assessed</translation>
    </message>
    <message>
        <source>Gevolg na
maatregelen</source>
        <translation>Impact
after measures</translation>
    </message>
    <message>
        <source>Gevolg na de maatregelen; leeg zolang nog niet beoordeeld</source>
        <translation>Impact after the measures; empty until assessed</translation>
    </message>
    <message>
        <source>nog niet beoordeeld</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>Risico %1</source>
        <translation>Risk %1</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>SavedFileNote</name>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>%1 openen</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>De map %1 openen</source>
        <translation>Open the folder %1</translation>
    </message>
    <message>
        <source>%1 kon niet worden geopend.</source>
        <translation>%1 could not be opened.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Weergave</source>
        <translation>Di&amp;splay</translation>
    </message>
    <message>
        <source>&amp;Gegevens en back-ups</source>
        <translation>&amp;Data and backups</translation>
    </message>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation>Sections of the settings</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Eén locatie per regel</source>
        <translation>One location per line</translation>
    </message>
    <message>
        <source>Standaard verantwoordelijke</source>
        <translation>Default person responsible</translation>
    </message>
    <message>
        <source>Functie van de verantwoordelijke</source>
        <translation>Role of the person responsible</translation>
    </message>
    <message>
        <source>&amp;Huisstijl: kleur en logo…</source>
        <translation>&amp;House style: colour and logo…</translation>
    </message>
    <message>
        <source>Opent de huisstijl van de documenten; de instellingen worden eerst bewaard</source>
        <translation>Opens the house style of the documents; the settings are saved first</translation>
    </message>
    <message>
        <source>Wat u hier invult, staat al klaar in elke nieuwe afwijking. U kunt het per afwijking nog aanpassen.</source>
        <translation>What you fill in here is already filled in for every new deviation. You can still change it for each deviation.</translation>
    </message>
    <message>
        <source>&amp;Naam organisatie:</source>
        <translation>&amp;Name of the organisation:</translation>
    </message>
    <message>
        <source>&amp;Locaties:</source>
        <translation>&amp;Locations:</translation>
    </message>
    <message>
        <source>&amp;Verantwoordelijke:</source>
        <translation>&amp;Person responsible:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>De tekst volgt de grootte die op deze computer is ingesteld (100 %). Groter of kleiner kan ook met Ctrl + en Ctrl −; Ctrl 0 zet hem terug.</source>
        <translation>The text follows the size set on this computer (100%). You can also make it larger or smaller with Ctrl + and Ctrl −; Ctrl 0 resets it.</translation>
    </message>
    <message>
        <source>&amp;Tekstgrootte:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal van het programma en van de documenten die het maakt</source>
        <translation>The language of the program and of the documents it makes</translation>
    </message>
    <message>
        <source>Het programma en de documenten die het maakt zijn in het Nederlands of in het Engels. Het venster opent daarvoor opnieuw; er gaat niets verloren.</source>
        <translation>The program and the documents it makes can be in Dutch or in English. The window opens again to switch; nothing is lost.</translation>
    </message>
    <message>
        <source>T&amp;aal / Language:</source>
        <translation>L&amp;anguage / Taal:</translation>
    </message>
    <message>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Opent de gegevensmap in de verkenner</source>
        <translation>Opens the data folder in the file manager</translation>
    </message>
    <message>
        <source>Alle afwijkingen staan in deze map op deze computer. Een andere map kiest u bij het starten met --data-dir MAP.</source>
        <translation>All deviations are kept in this folder on this computer. To use another folder, start the program with --data-dir FOLDER.</translation>
    </message>
    <message>
        <source>Gegevensmap:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <source>Map met back-ups &amp;openen</source>
        <translation>Open ba&amp;ckup folder</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <source>Bij elk afsluiten maakt het programma een gecontroleerde back-up in de gegevensmap; de nieuwste blijven bewaard.</source>
        <translation>Every time you quit, the program makes a checked backup in the data folder; the newest backups are kept.</translation>
    </message>
    <message>
        <source>Back-ups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Adres van het organisatieregister</source>
        <translation>Address of the organisation store</translation>
    </message>
    <message>
        <source>Werkt uw organisatie met één gedeeld register op een PostgreSQL-server, vul dan het adres in dat de beheerder u gaf. U ziet en wijzigt er de afwijkingen van de locaties waarvoor u rechten heeft. Uw wachtwoord staat niet hier maar in uw .pgpass-bestand. Leeg: de gegevensmap op deze computer.</source>
        <translation>If your organisation works with one shared register on a PostgreSQL server, enter the address your administrator gave you. There you see and change the deviations of the locations you have rights for. Your password is not kept here but in your .pgpass file. Empty: the data folder on this computer.</translation>
    </message>
    <message>
        <source>Organisatie&amp;register:</source>
        <translation>Organisation &amp;store:</translation>
    </message>
    <message>
        <source>%1 back-ups; de nieuwste: %2</source>
        <translation>%1 backups; the newest: %2</translation>
    </message>
    <message>
        <source>Nog geen back-ups.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Adres klopt niet</source>
        <translation>Address not right</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>De naam van de organisatie kon niet worden opgeslagen: %1</source>
        <translation>The name of the organisation could not be saved: %1</translation>
    </message>
    <message>
        <source>Geen back-up gemaakt</source>
        <translation>No backup made</translation>
    </message>
    <message>
        <source>Map bestaat nog niet</source>
        <translation>Folder does not exist yet</translation>
    </message>
    <message>
        <source>De map %1 is er nog niet.</source>
        <translation>The folder %1 does not exist yet.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>‘%1’ kon niet aan de woordenlijst worden toegevoegd: %2</source>
        <translation>‘%1’ could not be added to the word list: %2</translation>
    </message>
    <message>
        <source>De spelling kan niet worden gecontroleerd: %1</source>
        <translation>Spelling cannot be checked: %1</translation>
    </message>
    <message>
        <source>(geen suggesties)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Toevoegen aan woordenlijst</source>
        <translation>Add to word list</translation>
    </message>
    <message>
        <source>Suggesties worden gezocht…</source>
        <translation>Looking for suggestions…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start: de feiten</source>
        <translation>Start: the facts</translation>
    </message>
    <message>
        <source>— kies een sector —</source>
        <translation>— choose a sector —</translation>
    </message>
    <message>
        <source>Raad van toezicht</source>
        <translation>Supervisory board</translation>
    </message>
    <message>
        <source>— nog niet aangegeven —</source>
        <translation>— not stated yet —</translation>
    </message>
    <message>
        <source>Ja, onze organisatie heeft een raad van toezicht</source>
        <translation>Yes, our organisation has a supervisory board</translation>
    </message>
    <message>
        <source>Nee, geen raad van toezicht</source>
        <translation>No, no supervisory board</translation>
    </message>
    <message>
        <source>Over de afwijking</source>
        <translation>About the deviation</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Raad van toe&amp;zicht:</source>
        <translation>Supervisory &amp;board:</translation>
    </message>
    <message>
        <source>Lo&amp;catie:</source>
        <translation>Lo&amp;cation:</translation>
    </message>
    <message>
        <source>Te&amp;am of afdeling:</source>
        <translation>Tea&amp;m or department:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: twee verzorgenden-IG per avonddienst</source>
        <translation>For example: two senior care workers (verzorgende-IG) per evening shift</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Kwaliteitskader Verpleeghuiszorg</source>
        <translation>For example: Kwaliteitskader Verpleeghuiszorg</translation>
    </message>
    <message>
        <source> maand</source>
        <translation> month</translation>
    </message>
    <message>
        <source>U noemt hier een wettelijke eis: {law}.</source>
        <translation>You name a legal requirement here: {law}.</translation>
    </message>
    <message>
        <source>Van de wet zelf kunt u niet afwijken.</source>
        <translation>You cannot deviate from the law itself.</translation>
    </message>
    <message>
        <source>Is de regel uw eigen richtlijn of protocol, gebouwd op deze wet? Dan kunt u er wel beargumenteerd van afwijken, zolang u blijft doen wat de wet eist.</source>
        <translation>Is the rule your own guideline or protocol, built on this law? Then you can deviate from it with good reasons, as long as you keep doing what the law requires.</translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Waarvan wijkt u af?</source>
        <translation>What do you deviate from?</translation>
    </message>
    <message>
        <source>&amp;Regel:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>Soort r&amp;egel:</source>
        <translation>T&amp;ype of rule:</translation>
    </message>
    <message>
        <source>Bro&amp;n:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>Onder&amp;deel:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>Waar gaat de afwijking over?</source>
        <translation>What is the deviation about?</translation>
    </message>
    <message>
        <source>Kies wat van toepassing is (meer mag). Bij de vragen verschijnen dan de punten waar de inspectie bij dat onderwerp naar kijkt.</source>
        <translation>Choose what applies (you may choose more than one). The questions will then show the points the inspectorate looks at for that topic.</translation>
    </message>
    <message>
        <source>nog niet bekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>nog niet bepaald</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: het hoofdstuk, de paragraaf of de aanbeveling</source>
        <translation>For example: the chapter, section or recommendation</translation>
    </message>
    <message>
        <source>Deze regel noemt een wet, en van de wet zelf kunt u niet afwijken. Daarom maakt het programma geen verantwoording en kan het dossier niet worden vastgesteld, tot u hierboven aanvinkt dat de regel uw eigen richtlijn of protocol is, gebouwd op deze wet.</source>
        <translation>This rule names a law, and you cannot deviate from the law itself. That is why the program makes no justification and the deviation cannot be adopted until you tick above that the rule is your own guideline or protocol, built on this law.</translation>
    </message>
    <message>
        <source>Deze regel is onze eigen richtlijn of ons eigen protocol, gebouwd op deze wet — niet de eis van de wet zelf</source>
        <translation>This rule is our own guideline or protocol, built on this law — not the requirement of the law itself</translation>
    </message>
    <message>
        <source>Looptijd en verantwoordelijke</source>
        <translation>Duration and person responsible</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum:</source>
        <translation>St&amp;art date:</translation>
    </message>
    <message>
        <source>Beoogde d&amp;uur:</source>
        <translation>&amp;Intended duration:</translation>
    </message>
    <message>
        <source>&amp;Verantwoordelijke:</source>
        <translation>Person responsi&amp;ble:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>Ro&amp;le:</translation>
    </message>
</context>
<context>
    <name>TakeAlongActions</name>
    <message>
        <source>Meegenomen uit het organisatieregister op %1. Uw wijzigingen worden op deze computer bewaard; breng de afwijking terug (Afwijking &gt; Terugbrengen) zodra u weer met het organisatieregister werkt.</source>
        <translation>Taken along from the organisation store on %1. Your changes are kept on this computer; bring the deviation back (Deviation &gt; Bring back) as soon as you work with the organisation store again.</translation>
    </message>
    <message>
        <source>U heeft deze afwijking op %1 meegenomen naar deze computer om zonder verbinding aan te werken. Hier kunt u haar alleen lezen; breng haar terug met Afwijking &gt; Terugbrengen.</source>
        <translation>You took this deviation along to this computer on %1 to work on it without a connection. Here you can only read it; bring it back with Deviation &gt; Bring back.</translation>
    </message>
    <message>
        <source>%1 heeft deze afwijking op %2 meegenomen om zonder verbinding aan te werken. U kunt haar lezen; wijzigen kan weer als zij is teruggebracht.</source>
        <translation>%1 took this deviation along on %2 to work on it without a connection. You can read it; it can be changed again once it has been brought back.</translation>
    </message>
    <message>
        <source>Meenemen niet mogelijk</source>
        <translation>Cannot take along</translation>
    </message>
    <message>
        <source>De afwijking staat nu ook in de gegevensmap op deze computer. Werkt u zonder verbinding, dan opent het programma de gegevensmap en werkt u daar verder. Anderen kunnen haar intussen alleen lezen. Breng haar terug met Afwijking &gt; Terugbrengen.</source>
        <translation>The deviation is now also in the data folder on this computer. When you work without a connection, the program opens the data folder and you continue there. Meanwhile others can only read it. Bring it back with Deviation &gt; Bring back.</translation>
    </message>
    <message>
        <source>De gegevensmap had een andere, oudere versie van deze afwijking; die staat nu in de prullenbak van de gegevensmap.</source>
        <translation>The data folder held another, older version of this deviation; it is now in the data folder&apos;s recycle bin.</translation>
    </message>
    <message>
        <source>Meegenomen</source>
        <translation>Taken along</translation>
    </message>
    <message>
        <source>Terugbrengen niet mogelijk</source>
        <translation>Cannot bring back</translation>
    </message>
    <message>
        <source>Teruggebracht naar het organisatieregister.</source>
        <translation>Brought back to the organisation store.</translation>
    </message>
    <message>
        <source>Terugnemen</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>%1 heeft deze afwijking meegenomen. Neemt u haar terug, dan kan zij hier weer worden gewijzigd. Wat %1 onderweg schreef, gaat niet verloren: het komt erbij als zij de afwijking terugbrengt, en waar u beiden hetzelfde wijzigde, kiest zij dan.</source>
        <translation>%1 took this deviation along. If you take it back, it can be changed here again. What %1 wrote meanwhile is not lost: it is added when they bring the deviation back, and where you both changed the same thing, they choose then.</translation>
    </message>
    <message>
        <source>&amp;Terugnemen</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <source>Terugnemen niet mogelijk</source>
        <translation>Cannot take back</translation>
    </message>
    <message>
        <source>Overzetten naar het organisatieregister</source>
        <translation>Move into the organisation store</translation>
    </message>
    <message>
        <source>De afwijkingen in de gegevensmap op deze computer (%1) worden gekopieerd naar het organisatieregister, met hun versies en bijlagen. Wat daar al staat, wordt niet overschreven, en de gegevensmap blijft zoals zij is.</source>
        <translation>The deviations in the data folder on this computer (%1) are copied into the organisation store, with their versions and attachments. What is there already is not overwritten, and the data folder stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Overzetten</source>
        <translation>&amp;Move in</translation>
    </message>
    <message>
        <source>Overzetten niet mogelijk</source>
        <translation>Cannot move in</translation>
    </message>
    <message>
        <source>Overgezet: %1. Stond er al zo: %2. Verschilt, niet overschreven: %3. Niet overgezet: %4. In de prullenbak van de gegevensmap gelaten: %5.</source>
        <translation>Moved in: %1. Already there as it is: %2. Different, not overwritten: %3. Not moved in: %4. Left in the data folder&apos;s recycle bin: %5.</translation>
    </message>
    <message>
        <source>Verschilt, niet overschreven: %1</source>
        <translation>Different, not overwritten: %1</translation>
    </message>
    <message>
        <source>Niet overgezet: %1 (%2)</source>
        <translation>Not moved in: %1 (%2)</translation>
    </message>
    <message>
        <source>Overzetten</source>
        <translation>Move in</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versies vergelijken</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Vastgestelde ve&amp;rsies:</source>
        <translation>Adopted &amp;versions:</translation>
    </message>
    <message>
        <source>Vergelijk van</source>
        <translation>Compare from</translation>
    </message>
    <message>
        <source>Vergelijk naar</source>
        <translation>Compare to</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Naar:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Verschillen</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Weggehaalde woorden zijn doorgestreept, toegevoegde woorden onderstreept</source>
        <translation>Removed words are struck through, added words are underlined</translation>
    </message>
    <message>
        <source>Ver&amp;schillen:</source>
        <translation>&amp;Differences:</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zonder titel</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vastgesteld op</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Vastgestelde versies</source>
        <translation>Adopted versions</translation>
    </message>
    <message>
        <source>Versie %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Huidige tekst</source>
        <translation>Current text</translation>
    </message>
    <message>
        <source>de huidige tekst</source>
        <translation>the current text</translation>
    </message>
    <message>
        <source>versie %1 (%2)</source>
        <translation>version %1 (%2)</translation>
    </message>
    <message>
        <source>Deze afwijking heeft nog geen vastgestelde versie om mee te vergelijken.</source>
        <translation>This deviation has no adopted version yet to compare with.</translation>
    </message>
    <message>
        <source>Van %1 naar %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>doorgestreept</source>
        <translation>struck through</translation>
    </message>
    <message>
        <source>onderstreept</source>
        <translation>underlined</translation>
    </message>
    <message>
        <source>Weggehaald:</source>
        <translation>Removed:</translation>
    </message>
    <message>
        <source>Toegevoegd:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Vraag %1. %2</source>
        <translation>Question %1. %2</translation>
    </message>
</context>
<context>
    <name>WaitingChanges</name>
    <message>
        <source>Wat u typte terwijl de organisatieserver niet bereikbaar was, is nu opgeslagen: %1.</source>
        <translation>What you typed while the organisation server could not be reached is now saved: %1.</translation>
    </message>
    <message>
        <source>In “%1” had een collega intussen ook “%2” gewijzigd; die waarde is gebleven. U had: %3</source>
        <translation>In “%1” a colleague had also changed “%2” meanwhile; their value has stayed. You had: %3</translation>
    </message>
    <message>
        <source>Wijzigingen opgeslagen</source>
        <translation>Changes saved</translation>
    </message>
    <message>
        <source>Wijzigingen wachten nog</source>
        <translation>Changes still waiting</translation>
    </message>
    <message>
        <source>Niet alles wat op deze computer wachtte, kon worden opgeslagen; het blijft bewaard en het programma probeert het bij de volgende start opnieuw.

%1</source>
        <translation>Not everything that waited on this computer could be saved; it stays kept, and the program tries again at the next start.

%1</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Nieuwe afwijking</source>
        <translation>&amp;New deviation</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Bundel voor het inspectiebezoek…</source>
        <translation>&amp;Bundle for the inspection visit…</translation>
    </message>
    <message>
        <source>&amp;Uitwisselbestand opslaan…</source>
        <translation>Save &amp;exchange file…</translation>
    </message>
    <message>
        <source>&amp;Naar overzicht</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opni&amp;euw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de afwijking…</source>
        <translation>&amp;Find in the deviation…</translation>
    </message>
    <message>
        <source>Vol&amp;gende vindplaats</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Vor&amp;ige vindplaats</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>Dupli&amp;cate</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>&amp;Prullenbak</source>
        <translation>Recycle &amp;bin</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld naast de vragen</source>
        <translation>&amp;Preview beside the questions</translation>
    </message>
    <message>
        <source>&amp;Hulp bij de vragen</source>
        <translation>&amp;Help with the questions</translation>
    </message>
    <message>
        <source>&amp;Vorige stap</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>V&amp;olgende stap</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>In &amp;evaluatie nemen</source>
        <translation>Start &amp;evaluation</translation>
    </message>
    <message>
        <source>&amp;Beëindigen…</source>
        <translation>E&amp;nd…</translation>
    </message>
    <message>
        <source>Versies &amp;vergelijken…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Meenemen om zonder verbinding te werken…</source>
        <translation>&amp;Take along to work offline…</translation>
    </message>
    <message>
        <source>&amp;Terugbrengen naar het organisatieregister</source>
        <translation>&amp;Bring back to the organisation store</translation>
    </message>
    <message>
        <source>Terug&amp;nemen (directeur)…</source>
        <translation>Take bac&amp;k (director)…</translation>
    </message>
    <message>
        <source>&amp;Over IGJ Afwijken</source>
        <translation>&amp;About IGJ Afwijken</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Huisstijl…</source>
        <translation>House st&amp;yle…</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <source>&amp;Overzetten naar het organisatieregister…</source>
        <translation>Mo&amp;ve into the organisation store…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Begin &amp;vanuit voorbeeld</source>
        <translation>Start from e&amp;xample</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Afwij&amp;king</source>
        <translation>&amp;Deviation</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Recente bestanden &amp;onthouden</source>
        <translation>&amp;Remember recent files</translation>
    </message>
    <message>
        <source>Bestandsnamen kunnen de titel van een afwijking bevatten; daarom staat dit uit.</source>
        <translation>File names can contain the title of a deviation; that is why this is off by default.</translation>
    </message>
    <message>
        <source>(nog geen bestanden)</source>
        <translation>(no files yet)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>igj-afwijken: fout: er is geen beeldscherm om het venster op te tonen (DISPLAY is niet gezet); start het programma op een bureaublad, of gebruik een opdracht zoals &apos;render&apos; (zie --help)</source>
        <translation>igj-afwijken: error: there is no screen to show the window on (DISPLAY is not set); start the program on a desktop, or use a command such as &apos;render&apos; (see --help)</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>De reservekopie is na het maken niet in orde.</source>
        <translation>The backup is not in order after it was made.</translation>
    </message>
    <message>
        <source>De reservekopie kon niet worden gemaakt: {reason}</source>
        <translation>The backup could not be made: {reason}</translation>
    </message>
    <message>
        <source>De lijst van reservekopieën kan niet worden gelezen: {reason}.</source>
        <translation>The list of backups cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Er is geen bruikbare reservekopie om terug te zetten.</source>
        <translation>There is no usable backup to restore.</translation>
    </message>
    <message>
        <source>De reservekopie {name} is beschadigd, of is niet meer het bestand dat dit programma maakte; ze wordt niet teruggezet. Kies een andere.</source>
        <translation>The backup {name} is damaged, or is no longer the file this program made; it is not restored. Choose another one.</translation>
    </message>
    <message>
        <source>De reservekopie {name} is beschadigd; kies een andere.</source>
        <translation>The backup {name} is damaged; choose another one.</translation>
    </message>
    <message>
        <source>De reservekopie kon niet worden teruggezet: {reason}.</source>
        <translation>The backup could not be restored: {reason}.</translation>
    </message>
    <message>
        <source>Uw gegevens staan zoals ze waren.</source>
        <translation>Your data is as it was.</translation>
    </message>
    <message>
        <source>Het terugzetten van de reservekopie {name} werd onderbroken, maar was al zo goed als klaar; het is nu afgemaakt. De gegevens van daarvóór staan apart in {aside}.</source>
        <translation>Restoring the backup {name} was interrupted, but it was as good as done; it has now been finished. The data from before is set aside in {aside}.</translation>
    </message>
    <message>
        <source>Het terugzetten van een reservekopie werd onderbroken en is ongedaan gemaakt: uw gegevens staan zoals ze vóór het terugzetten waren.</source>
        <translation>Restoring a backup was interrupted and has been undone: your data is as it was before the restore.</translation>
    </message>
    <message>
        <source>de reservekopie veranderde tijdens het kopiëren</source>
        <translation>the backup changed while it was being copied</translation>
    </message>
    <message>
        <source>het is een koppeling of geen gewone map</source>
        <translation>it is a link or not an ordinary folder</translation>
    </message>
    <message>
        <source>de map is van een andere gebruiker</source>
        <translation>the folder belongs to another user</translation>
    </message>
    <message>
        <source>De map met reservekopieën {folder} wordt niet gebruikt: {reason}. Hernoem of verwijder die map; het programma maakt dan een nieuwe.</source>
        <translation>The backup folder {folder} is not used: {reason}. Rename or remove that folder; the program then makes a new one.</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <source>Bundel afwijkingen {location}</source>
        <translation>Bundle of deviations {location}</translation>
    </message>
    <message>
        <source>bundel blz.</source>
        <translation>bundle p.</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{program}: fout: {message} (zie --help)</source>
        <translation>{program}: error: {message} (see --help)</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>BESTAND|ID</source>
        <translation>FILE|ID</translation>
    </message>
    <message>
        <source>map met de gegevens (standaard de gebruikersmap van het programma, of ${variable})</source>
        <translation>folder with the data (by default the program&apos;s user folder, or ${variable})</translation>
    </message>
    <message>
        <source>{app}: onderbouwd afwijken van een richtlijn, uitgelegd aan de inspectie. Zonder opdracht opent het programmavenster.</source>
        <translation>{app}: deviating from a guideline with good reasons, explained to the inspectorate. Without a command, the program window opens.</translation>
    </message>
    <message>
        <source>taal van het programma en de documenten: nl (Nederlands) of en (English)</source>
        <translation>language of the program and the documents: nl (Nederlands) or en (English)</translation>
    </message>
    <message>
        <source>OPDRACHT</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>toon alle afwijkingen</source>
        <translation>show all deviations</translation>
    </message>
    <message>
        <source>lees een uitwisselbestand in</source>
        <translation>import an exchange file</translation>
    </message>
    <message>
        <source>schrijf een afwijking naar een uitwisselbestand</source>
        <translation>write a deviation to an exchange file</translation>
    </message>
    <message>
        <source>wat ontbreekt er nog? (0 = klaar, 1 = niet klaar, 2 = fout)</source>
        <translation>what is still missing? (0 = ready, 1 = not ready, 2 = error)</translation>
    </message>
    <message>
        <source>SJABLOON</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>ook de punten voor dit soort document, zoals clientenraad of adviesaanvraag</source>
        <translation>also the points for this kind of document, such as clientenraad or adviesaanvraag</translation>
    </message>
    <message>
        <source>maak een document (verantwoording, samenvatting…)</source>
        <translation>make a document (justification, summary…)</translation>
    </message>
    <message>
        <source>{formats}; standaard: volgens --output</source>
        <translation>{formats}; default: from --output</translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>de PDF draagt het dossier in zich (standaard behalve voor de samenvatting en de adviesaanvraag)</source>
        <translation>the PDF carries the dossier inside it (the default, except for the summary and the advice request)</translation>
    </message>
    <message>
        <source>de PDF draagt het dossier niet in zich</source>
        <translation>the PDF does not carry the dossier</translation>
    </message>
    <message>
        <source>één PDF met voorblad, inhoud en alle lopende verantwoordingen (voor een bezoek)</source>
        <translation>one PDF with a cover page, contents and all current justifications (for a visit)</translation>
    </message>
    <message>
        <source>LOCATIE</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>neem ook afwijkingen op die nog niet zijn vastgesteld (gemarkeerd als concept)</source>
        <translation>also include deviations that have not been adopted yet (marked as drafts)</translation>
    </message>
    <message>
        <source>toon de namen van de sjablonen</source>
        <translation>show the names of the templates</translation>
    </message>
    <message>
        <source>zet een afwijking in de prullenbak (ook een die niet te lezen is)</source>
        <translation>move a deviation to the recycle bin (also one that cannot be read)</translation>
    </message>
    <message>
        <source>verwijder een afwijking uit de prullenbak voorgoed (na een reservekopie van alles)</source>
        <translation>delete a deviation in the recycle bin for good (after a backup of everything)</translation>
    </message>
    <message>
        <source>maak nu een reservekopie van de gegevens</source>
        <translation>make a backup of the data now</translation>
    </message>
    <message>
        <source>zet een reservekopie terug (standaard de nieuwste goede); de huidige gegevens worden apart gezet</source>
        <translation>restore a backup (by default the newest good one); the current data is set aside</translation>
    </message>
    <message>
        <source>KOPIE</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>naam van de reservekopie</source>
        <translation>name of the backup</translation>
    </message>
    <message>
        <source>toon de reservekopieën</source>
        <translation>show the backups</translation>
    </message>
    <message>
        <source>richt het organisatieregister op een PostgreSQL-server in, of geef rechten</source>
        <translation>set up the organisation store on a PostgreSQL server, or grant rights</translation>
    </message>
    <message>
        <source>ADRES</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>werk in het organisatieregister op deze PostgreSQL-server (bijvoorbeeld postgresql://server/igj) in plaats van in de gegevensmap</source>
        <translation>work in the organisation store on this PostgreSQL server (for example postgresql://server/igj) instead of in the data folder</translation>
    </message>
    <message>
        <source>zet de afwijkingen van de gegevensmap over naar het organisatieregister (wat er al staat wordt niet overschreven)</source>
        <translation>move the data folder&apos;s deviations into the organisation store (what is there already is not overwritten)</translation>
    </message>
    <message>
        <source>neem een afwijking uit het organisatieregister (--store) mee naar de gegevensmap, om zonder verbinding aan te werken; anderen kunnen haar dan alleen lezen</source>
        <translation>take a deviation from the organisation store (--store) along into the data folder, to work on it without a connection; others can then only read it</translation>
    </message>
    <message>
        <source>breng een meegenomen afwijking met uw wijzigingen terug naar het organisatieregister (--store)</source>
        <translation>bring a deviation you took along back to the organisation store (--store), with your changes</translation>
    </message>
    <message>
        <source>wat te houden waar u en een ander hetzelfde veld verschillend wijzigden: mine (uw tekst) of theirs (die op de server); zonder deze keuze wordt dan niets teruggebracht en worden de velden genoemd</source>
        <translation>what to keep where you and someone else changed the same field differently: mine (your text) or theirs (the one on the server); without this choice nothing is brought back then, and the fields are named</translation>
    </message>
    <message>
        <source>neem als directeur een meegenomen afwijking terug, zodat zij in het organisatieregister (--store) weer gewijzigd kan worden</source>
        <translation>as a director, take back a deviation someone took along, so that it can be changed in the organisation store (--store) again</translation>
    </message>
    <message>
        <source>ACTIE</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>maak de tabellen, de drie groepsrollen en de rechten per locatie</source>
        <translation>make the tables, the three group roles and the rights per location</translation>
    </message>
    <message>
        <source>bijvoorbeeld postgresql://server/igj</source>
        <translation>for example postgresql://server/igj</translation>
    </message>
    <message>
        <source>laat een rol de afwijkingen van een locatie lezen of schrijven, of alle leiden</source>
        <translation>let a role read or write a location&apos;s deviations, or direct them all</translation>
    </message>
    <message>
        <source>ROL</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>igj-afwijken: let op: {message}</source>
        <translation>igj-afwijken: note: {message}</translation>
    </message>
    <message>
        <source>igj-afwijken: fout: {message}</source>
        <translation>igj-afwijken: error: {message}</translation>
    </message>
    <message>
        <source>de gegevens konden niet worden opgeslagen: {reason}</source>
        <translation>the data could not be saved: {reason}</translation>
    </message>
    <message>
        <source>bestand kan niet worden gebruikt ({file}): {reason}</source>
        <translation>file cannot be used ({file}): {reason}</translation>
    </message>
    <message>
        <source>bestand kan niet worden gebruikt: {reason}</source>
        <translation>file cannot be used: {reason}</translation>
    </message>
    <message>
        <source>afsluiten</source>
        <translation>on quitting</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>voor-terugzetten</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <source>voor-verwijderen</source>
        <translation>before-deleting</translation>
    </message>
    <message>
        <source>voor-schema-{version}</source>
        <translation>before schema {version}</translation>
    </message>
    <message>
        <source>Nog geen afwijkingen. Lees er een in met: igj-afwijken import BESTAND</source>
        <translation>No deviations yet. Import one with: igj-afwijken import FILE</translation>
    </message>
    <message>
        <source>onleesbaar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>een afwijking die ‘onleesbaar’ is kan niet worden geopend; zet een reservekopie terug (restore) of zet haar in de prullenbak met: igj-afwijken delete ID</source>
        <translation>a deviation that is ‘unreadable’ cannot be opened; restore a backup (restore) or move it to the recycle bin with: igj-afwijken delete ID</translation>
    </message>
    <message>
        <source>de bijlage ‘{name}’ doet zich voor als een ander soort bestand dan het is (een .{kind}-bestand); open het alleen als u weet waar het vandaan komt</source>
        <translation>the attachment ‘{name}’ poses as another kind of file than it is (a .{kind} file); only open it if you know where it comes from</translation>
    </message>
    <message>
        <source>reservekopieën van het organisatieregister maakt de beheerder van de server (met pg_dump of bij de aanbieder); dit werkt alleen voor de gegevensmap</source>
        <translation>backups of the organisation store are made by the server&apos;s administrator (with pg_dump or at the provider); this works only for the data folder</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>kies --format {formats} (of geef het bestand de extensie {suffixes})</source>
        <translation>choose --format {formats} (or give the file the extension {suffixes})</translation>
    </message>
    <message>
        <source>onbekend sjabloon &apos;{name}&apos;; beschikbaar: {names}</source>
        <translation>unknown template &apos;{name}&apos;; available: {names}</translation>
    </message>
    <message>
        <source>Niet opgenomen (onleesbaar): {title} ({id})</source>
        <translation>Not included (unreadable): {title} ({id})</translation>
    </message>
    <message>
        <source> (concepten komen mee met --concepts)</source>
        <translation> (drafts are included with --concepts)</translation>
    </message>
    <message>
        <source>er zijn geen lopende afwijkingen op locatie &apos;{location}&apos;; er is geen bundel gemaakt</source>
        <translation>there are no current deviations at location &apos;{location}&apos;; no bundle was made</translation>
    </message>
    <message>
        <source>er zijn geen lopende afwijkingen; er is geen bundel gemaakt</source>
        <translation>there are no current deviations; no bundle was made</translation>
    </message>
    <message>
        <source>Bundel: {done} van {total} afwijkingen…</source>
        <translation>Bundle: {done} of {total} deviations…</translation>
    </message>
    <message>
        <source>elke lopende afwijking hier wijkt af van een wet en heeft dus geen verantwoording: {titles}; er is geen bundel gemaakt</source>
        <translation>every running deviation here deviates from a law and so has no justification: {titles}; no bundle was made</translation>
    </message>
    <message>
        <source>Opgeslagen: {path} ({count} afwijkingen, {pages} pagina&apos;s)</source>
        <translation>Saved: {path} (deviations: {count}, pages: {pages})</translation>
    </message>
    <message>
        <source>Niet opgenomen (afwijking van een wet): {title}</source>
        <translation>Not included (deviation from a law): {title}</translation>
    </message>
    <message>
        <source>In de prullenbak: {title} ({id}). Terugzetten kan in het programma.</source>
        <translation>In the recycle bin: {title} ({id}). It can be restored in the program.</translation>
    </message>
    <message>
        <source>‘{id}’ staat niet in de prullenbak; zet de afwijking er eerst in met: igj-afwijken delete {id}</source>
        <translation>‘{id}’ is not in the recycle bin; move the deviation there first with: igj-afwijken delete {id}</translation>
    </message>
    <message>
        <source>Definitief verwijderd: {title} ({id}). De geschiedenis op de server bewaart wat er in elk veld stond (bijlagen met naam en vingerafdruk); de bijlagen zelf staan in de back-ups van de server.</source>
        <translation>Removed for good: {title} ({id}). The history on the server keeps what each field held (files by name and fingerprint); the files themselves are in the server&apos;s backups.</translation>
    </message>
    <message>
        <source>Definitief verwijderd: {title} ({id}). Een reservekopie van daarvoor: {path}</source>
        <translation>Deleted for good: {title} ({id}). A backup from before: {path}</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Nog geen reservekopieën in {folder}.</source>
        <translation>No backups yet in {folder}.</translation>
    </message>
    <message>
        <source>geen reservekopie ‘{name}’ (zie: restore --list)</source>
        <translation>no backup ‘{name}’ (see: restore --list)</translation>
    </message>
    <message>
        <source>Teruggezet: de reservekopie van {made} ({name}).</source>
        <translation>Restored: the backup of {made} ({name}).</translation>
    </message>
    <message>
        <source>De vorige gegevens staan apart in {folder}.</source>
        <translation>The previous data has been set aside in {folder}.</translation>
    </message>
    <message>
        <source>{items} of {last}</source>
        <translation>{items} or {last}</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam</source>
        <translation>{path} is a folder; give a file name</translation>
    </message>
    <message>
        <source>de map {folder} bestaat niet</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <source>Overgezet: {copied}; stond er al zo: {there}; verschilt, niet overschreven: {different}; niet overgezet: {not_copied}; in de prullenbak gelaten: {bin}.</source>
        <translation>Moved: {copied}; already there as here: {there}; different, not overwritten: {different}; not moved: {not_copied}; left in the recycle bin: {bin}.</translation>
    </message>
    <message>
        <source>Verschilt, niet overschreven: {title} ({id})</source>
        <translation>Different, not overwritten: {title} ({id})</translation>
    </message>
    <message>
        <source>Niet overgezet: {title} ({id}): {reason}</source>
        <translation>Not moved: {title} ({id}): {reason}</translation>
    </message>
    <message>
        <source>zeg met --store ADRES om welk organisatieregister het gaat</source>
        <translation>say with --store ADDRESS which organisation store you mean</translation>
    </message>
    <message>
        <source>Meegenomen naar de gegevensmap: {title} ({id}). Anderen kunnen haar nu alleen lezen. Breng haar terug met: igj-afwijken bring-back {id} --store ADRES</source>
        <translation>Taken along into the data folder: {title} ({id}). Others can now only read it. Bring it back with: igj-afwijken bring-back {id} --store ADDRESS</translation>
    </message>
    <message>
        <source>De gegevensmap had een andere, oudere versie van deze afwijking; die staat nu in de prullenbak onder {id}.</source>
        <translation>The data folder held another, older version of this deviation; it is now in the recycle bin as {id}.</translation>
    </message>
    <message>
        <source>Teruggebracht naar het organisatieregister: {title} ({id}).</source>
        <translation>Brought back to the organisation store: {title} ({id}).</translation>
    </message>
    <message>
        <source>Niet teruggebracht: u en een ander wijzigden dezelfde velden verschillend. Kies met --keep mine (uw tekst) of --keep theirs (die op de server), of breng haar terug in het programma om per veld te kiezen:</source>
        <translation>Not brought back: you and someone else changed the same fields differently. Choose with --keep mine (your text) or --keep theirs (the one on the server), or bring it back in the program to choose field by field:</translation>
    </message>
    <message>
        <source>Teruggenomen: {title} ({id}) kan in het organisatieregister weer worden gewijzigd. Wat er intussen elders aan is veranderd, komt erbij als het wordt teruggebracht.</source>
        <translation>Taken back: {title} ({id}) can be changed in the organisation store again. What was changed elsewhere meanwhile is added when it is brought back.</translation>
    </message>
    <message>
        <source>Organisatieregister ingericht.</source>
        <translation>Organisation store set up.</translation>
    </message>
    <message>
        <source>De zoekgegevens zijn opnieuw opgebouwd: het register kwam van een server die woorden anders indeelt.</source>
        <translation>The search data were built again: the register came from a server that splits words differently.</translation>
    </message>
    <message>
        <source>Recht gegeven.</source>
        <translation>Right granted.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>De gegevensopslag {name} in {folder} is beschadigd ({detail}). Er is niets aan veranderd. Zet een reservekopie terug: in het programma via Bestand &gt; Back-up terugzetten, of met ‘igj-afwijken restore’; het beschadigde bestand wordt dan apart gezet, niet weggegooid.</source>
        <translation>The data store {name} in {folder} is damaged ({detail}). Nothing has been changed in it. Restore a backup: in the program via File &gt; Restore backup, or with ‘igj-afwijken restore’; the damaged file is then set aside, not thrown away.</translation>
    </message>
    <message>
        <source>De schijf met de gegevensmap {folder} is vol. Er is niets aan uw gegevens veranderd; maak ruimte vrij op die schijf en probeer het dan opnieuw.</source>
        <translation>The disk with the data folder {folder} is full. Nothing in your data has changed; free up space on that disk and then try again.</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} kan niet worden gebruikt: {reason}.</source>
        <translation>The data folder {folder} cannot be used: {reason}.</translation>
    </message>
    <message>
        <source>De gegevensopslag in {folder} kan niet worden geopend: {reason}.</source>
        <translation>The data store in {folder} cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>het bestand is geen gegevensopslag</source>
        <translation>the file is not a data store</translation>
    </message>
    <message>
        <source>de lengte van het bestand klopt niet</source>
        <translation>the length of the file is wrong</translation>
    </message>
    <message>
        <source>het gegevensbestand is beschadigd</source>
        <translation>the data file is damaged</translation>
    </message>
    <message>
        <source>{count} fout(en) gevonden</source>
        <translation>{count} error(s) found</translation>
    </message>
    <message>
        <source>De gegevens zijn gemaakt met een nieuwere versie van IGJ Afwijken (schema {schema}); werk het programma bij om ze te openen.</source>
        <translation>The data was made with a newer version of IGJ Afwijken (schema {schema}); update the program to open it.</translation>
    </message>
    <message>
        <source>Het organisatieregister staat op de server; de beheerder van de server maakt er de back-ups van (met pg_dump of bij de aanbieder).</source>
        <translation>The organisation store is on the server; the server&apos;s administrator makes its backups (with pg_dump or at the provider).</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Afgedrukt op {date} · {status}</source>
        <translation>Printed on {date} · {status}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>u hebt geen toestemming om daar te schrijven of te lezen</source>
        <translation>you do not have permission to write or read there</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>de schijf is vol (uw ruimte is op)</source>
        <translation>the disk is full (you have used up your space)</translation>
    </message>
    <message>
        <source>de map of schijf is alleen-lezen</source>
        <translation>the folder or disk is read-only</translation>
    </message>
    <message>
        <source>de map of het bestand bestaat niet (meer)</source>
        <translation>the folder or file does not exist (any more)</translation>
    </message>
    <message>
        <source>de schijf gaf een lees- of schrijffout</source>
        <translation>the disk gave a read or write error</translation>
    </message>
    <message>
        <source>de gegevens zijn even bezet door een ander programma</source>
        <translation>the data is in use by another program for a moment</translation>
    </message>
    <message>
        <source>het gegevensbestand kan niet worden geopend</source>
        <translation>the data file cannot be opened</translation>
    </message>
    <message>
        <source>het gegevensbestand is beschadigd</source>
        <translation>the data file is damaged</translation>
    </message>
    <message>
        <source>het is geen gegevensbestand van dit programma</source>
        <translation>it is not a data file of this program</translation>
    </message>
    <message>
        <source>het besturingssysteem weigerde het (foutcode {code})</source>
        <translation>the operating system refused it (error code {code})</translation>
    </message>
    <message>
        <source>de gegevensopslag gaf een fout ({error})</source>
        <translation>the data store gave an error ({error})</translation>
    </message>
</context>
<context>
    <name>evaluations_due</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>{days} dagen te laat</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>over {days} dagen</source>
        <translation>in {days} days</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Het bestand {name} is te groot ({size} kB) voor een afwijking; het maximum is {maximum} MB.</source>
        <translation>The file {name} is too large ({size} kB) for a deviation; the maximum is {maximum} MB.</translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is een map, geen bestand.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen: {reason}.</source>
        <translation>The file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{name} is geen geldige PDF.</source>
        <translation>{name} is not a valid PDF.</translation>
    </message>
    <message>
        <source>{name} is een beschadigde of onleesbare PDF.</source>
        <translation>{name} is a damaged or unreadable PDF.</translation>
    </message>
    <message>
        <source>{name} is beveiligd (versleuteld of met een wachtwoord), dus de afwijking erin kan niet worden gelezen. Lees de oorspronkelijke PDF of het uitwisselbestand (.json) in.</source>
        <translation>{name} is protected (encrypted or with a password), so the deviation in it cannot be read. Import the original PDF or the exchange file (.json).</translation>
    </message>
    <message>
        <source>{name} bevat geen afwijking om in te lezen. Alleen de volledige verantwoording en het evaluatieverslag die met IGJ Afwijken als PDF zijn gemaakt dragen de afwijking in zich (de samenvatting en de adviesaanvraag niet).</source>
        <translation>{name} holds no deviation to read. Only the full justification and the evaluation report made as PDF with IGJ Afwijken carry the deviation inside them (the summary and the advice request do not).</translation>
    </message>
    <message>
        <source>Het bestand</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>{name} is te diep genest om een afwijking te zijn.</source>
        <translation>{name} is nested too deeply to be a deviation.</translation>
    </message>
    <message>
        <source>{name} is te groot voor een afwijking.</source>
        <translation>{name} is too large for a deviation.</translation>
    </message>
    <message>
        <source>{name} is geen tekstbestand (geen UTF-8).</source>
        <translation>{name} is not a text file (not UTF-8).</translation>
    </message>
    <message>
        <source>{name} is geen geldig JSON-bestand (fout op regel {line}, kolom {column}); misschien is het onvolledig of beschadigd.</source>
        <translation>{name} is not a valid JSON file (error on line {line}, column {column}); it may be incomplete or damaged.</translation>
    </message>
    <message>
        <source>{name} is dubbelzinnig: het veld ‘{key}’ staat twee keer in hetzelfde deel; het is niet te zeggen welke waarde geldt.</source>
        <translation>{name} is ambiguous: the field ‘{key}’ appears twice in the same part; there is no telling which value counts.</translation>
    </message>
    <message>
        <source>{name} bevat een getal dat te lang is.</source>
        <translation>{name} contains a number that is too long.</translation>
    </message>
    <message>
        <source>{name} bevat een ongeldig teken (een losse helft van een tekenpaar, zoals \ud800); zo&apos;n teken kan niet worden bewaard of afgedrukt.</source>
        <translation>{name} contains an invalid character (half of a character pair on its own, such as \ud800); such a character cannot be stored or printed.</translation>
    </message>
    <message>
        <source>{name} klopt niet: {problem}.</source>
        <translation>{name} is not correct: {problem}.</translation>
    </message>
    <message>
        <source>{name} is geen uitwisselbestand van IGJ Afwijken.</source>
        <translation>{name} is not an IGJ Afwijken exchange file.</translation>
    </message>
    <message>
        <source>{name} is gemaakt met een nieuwere versie van IGJ Afwijken (formaatversie {version}); werk het programma bij om het te openen.</source>
        <translation>{name} was made with a newer version of IGJ Afwijken (format version {version}); update the program to open it.</translation>
    </message>
    <message>
        <source>de vraag &apos;{question}&apos; heeft twee antwoorden</source>
        <translation>the question &apos;{question}&apos; has two answers</translation>
    </message>
    <message>
        <source>het checklistpunt &apos;{item}&apos; heeft twee antwoorden</source>
        <translation>the checklist item &apos;{item}&apos; has two answers</translation>
    </message>
    <message>
        <source>twee bijlagen hebben hetzelfde kenmerk</source>
        <translation>two attachments have the same identifier</translation>
    </message>
    <message>
        <source>de versies zijn niet oplopend genummerd</source>
        <translation>the versions are not numbered in ascending order</translation>
    </message>
    <message>
        <source>de bijlage &apos;{name}&apos; mist haar inhoud</source>
        <translation>the attachment &apos;{name}&apos; is missing its content</translation>
    </message>
    <message>
        <source>de bijlage &apos;{name}&apos; is beschadigd</source>
        <translation>the attachment &apos;{name}&apos; is damaged</translation>
    </message>
    <message>
        <source>de bijlage &apos;{name}&apos; is beschadigd of onvolledig</source>
        <translation>the attachment &apos;{name}&apos; is damaged or incomplete</translation>
    </message>
    <message>
        <source>het geheel</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <source>het veld &apos;{field}&apos; ontbreekt in {where}</source>
        <translation>the field &apos;{field}&apos; is missing in {where}</translation>
    </message>
    <message>
        <source>{where} bevat een onbekend veld</source>
        <translation>{where} contains an unknown field</translation>
    </message>
    <message>
        <source>{where} heeft het verkeerde type</source>
        <translation>{where} has the wrong type</translation>
    </message>
    <message>
        <source>{where} heeft een onbekende waarde</source>
        <translation>{where} has an unknown value</translation>
    </message>
    <message>
        <source>{where} is te lang</source>
        <translation>{where} is too long</translation>
    </message>
    <message>
        <source>{where} is leeg</source>
        <translation>{where} is empty</translation>
    </message>
    <message>
        <source>{where} heeft een ongeldige vorm</source>
        <translation>{where} has an invalid format</translation>
    </message>
    <message>
        <source>{where} heeft een ongeldige waarde</source>
        <translation>{where} has an invalid value</translation>
    </message>
</context>
<context>
    <name>house_style</name>
    <message>
        <source>De naam van de organisatie is te lang (meer dan {count} tekens).</source>
        <translation>The organisation&apos;s name is too long (more than {count} characters).</translation>
    </message>
    <message>
        <source>De naam van de organisatie bevat een teken dat niet kan worden afgedrukt (een stuurteken of een losse helft van een tekenpaar, zoals \ud800).</source>
        <translation>The organisation&apos;s name holds a character that cannot be printed (a control character or half of a character pair on its own, such as \ud800).</translation>
    </message>
    <message>
        <source>De accentkleur ‘{colour}’ is geen kleur in de vorm #rrggbb.</source>
        <translation>The accent colour ‘{colour}’ is not a colour in the form #rrggbb.</translation>
    </message>
    <message>
        <source>Het SVG-logo kan niet worden getekend.</source>
        <translation>The SVG logo cannot be drawn.</translation>
    </message>
    <message>
        <source>Een logo moet een PNG- of SVG-bestand zijn.</source>
        <translation>A logo must be a PNG or SVG file.</translation>
    </message>
    <message>
        <source>Het logobestand is leeg.</source>
        <translation>The logo file is empty.</translation>
    </message>
    <message>
        <source>Het logo is groter dan 1 MB; kies een kleiner bestand.</source>
        <translation>The logo is larger than 1 MB; choose a smaller file.</translation>
    </message>
    <message>
        <source>Het logo is geen geldig PNG-bestand.</source>
        <translation>The logo is not a valid PNG file.</translation>
    </message>
    <message>
        <source>Het logo is groter dan {pixels} bij {pixels} beeldpunten.</source>
        <translation>The logo is larger than {pixels} by {pixels} pixels.</translation>
    </message>
    <message>
        <source>Het SVG-logo bevat een DOCTYPE of ENTITY; dat is niet toegestaan.</source>
        <translation>The SVG logo contains a DOCTYPE or ENTITY; that is not allowed.</translation>
    </message>
    <message>
        <source>Het logo is geen geldig SVG-bestand ({error}).</source>
        <translation>The logo is not a valid SVG file ({error}).</translation>
    </message>
    <message>
        <source>Het logo is geen SVG-bestand.</source>
        <translation>The logo is not an SVG file.</translation>
    </message>
    <message>
        <source>Het SVG-logo heeft geen bruikbare breedte en hoogte (of is meer dan twintig keer zo breed als hoog).</source>
        <translation>The SVG logo has no usable width and height (or is more than twenty times as wide as it is high).</translation>
    </message>
    <message>
        <source>Het SVG-logo bevat &lt;{element}&gt;; dat is niet toegestaan.</source>
        <translation>The SVG logo contains &lt;{element}&gt;; that is not allowed.</translation>
    </message>
    <message>
        <source>Het SVG-logo bevat het attribuut ‘{attribute}’; dat is niet toegestaan.</source>
        <translation>The SVG logo contains the attribute ‘{attribute}’; that is not allowed.</translation>
    </message>
    <message>
        <source>Het SVG-logo verwijst naar iets buiten het bestand; dat is niet toegestaan.</source>
        <translation>The SVG logo refers to something outside the file; that is not allowed.</translation>
    </message>
    <message>
        <source>Het SVG-logo bevat een verwijzing die niet is toegestaan.</source>
        <translation>The SVG logo contains a reference that is not allowed.</translation>
    </message>
    <message>
        <source>Het SVG-logo is dieper genest dan {depth} lagen.</source>
        <translation>The SVG logo is nested deeper than {depth} levels.</translation>
    </message>
    <message>
        <source>geen object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>De huisstijl kan niet worden gebruikt: {problem}</source>
        <translation>The house style cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Het bestand ‘{file}’ kan niet worden gelezen ({error}).</source>
        <translation>The file ‘{file}’ cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Het bestand ‘{file}’ bevat een onjuiste waarde.</source>
        <translation>The file ‘{file}’ contains an incorrect value.</translation>
    </message>
    <message>
        <source>{problem} De standaardhuisstijl wordt gebruikt.</source>
        <translation>{problem} The standard house style is used.</translation>
    </message>
</context>
<context>
    <name>instance_lock</name>
    <message>
        <source>op computer {host}, proces {pid}</source>
        <translation>on computer {host}, process {pid}</translation>
    </message>
    <message>
        <source>door een ander programma</source>
        <translation>by another program</translation>
    </message>
    <message>
        <source>IGJ Afwijken heeft deze gegevensmap al open ({holder}). Twee programma&apos;s die tegelijk in dezelfde gegevens schrijven kunnen elkaars werk overschrijven. Sluit het andere venster eerst en probeer het dan opnieuw.

Gegevensmap: {folder}</source>
        <translation>IGJ Afwijken already has this data folder open ({holder}). Two programs that write to the same data at the same time can overwrite each other&apos;s work. Close the other window first, then try again.

Data folder: {folder}</translation>
    </message>
    <message>
        <source>de schijf is vol; maak eerst ruimte vrij</source>
        <translation>the disk is full; free up space first</translation>
    </message>
    <message>
        <source>is de map alleen-lezen?</source>
        <translation>is the folder read-only?</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} kan niet worden vergrendeld: {reason}.</source>
        <translation>The data folder {folder} cannot be locked: {reason}.</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>Een beëindigde afwijking kan niet opnieuw worden vastgesteld.</source>
        <translation>An ended deviation cannot be adopted again.</translation>
    </message>
    <message>
        <source>Vul in wie de afwijking vaststelt.</source>
        <translation>Fill in who adopts the deviation.</translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds versie {number}; een nieuwe versie is niet nodig.</source>
        <translation>Nothing has changed since version {number}; a new version is not needed.</translation>
    </message>
    <message>
        <source>Eerste vastgestelde versie.</source>
        <translation>First adopted version.</translation>
    </message>
    <message>
        <source>Alleen een vastgestelde afwijking kan in evaluatie gaan.</source>
        <translation>Only an adopted deviation can go under evaluation.</translation>
    </message>
    <message>
        <source>Deze afwijking is al beëindigd.</source>
        <translation>This deviation has already ended.</translation>
    </message>
    <message>
        <source>Kies de afwijking die deze vervangt.</source>
        <translation>Choose the deviation that replaces this one.</translation>
    </message>
    <message>
        <source>Een afwijking kan zichzelf niet vervangen.</source>
        <translation>A deviation cannot replace itself.</translation>
    </message>
    <message>
        <source>Versie {number} kan niet worden gelezen.</source>
        <translation>Version {number} cannot be read.</translation>
    </message>
    <message>
        <source>Geen wijzigingen.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>de gegevens</source>
        <translation>the details</translation>
    </message>
    <message>
        <source>vraag {number}</source>
        <translation>question {number}</translation>
    </message>
    <message>
        <source>{where} (1 wijziging)</source>
        <translation>{where} (1 change)</translation>
    </message>
    <message>
        <source>{where} ({count} wijzigingen)</source>
        <translation>{where} ({count} changes)</translation>
    </message>
    <message>
        <source>Gewijzigd: {parts}.</source>
        <translation>Changed: {parts}.</translation>
    </message>
</context>
<context>
    <name>moments</name>
    <message>
        <source>de datum {date} ligt niet tussen het jaar {first} en {last}</source>
        <translation>the date {date} does not lie between the years {first} and {last}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldige datum</source>
        <translation>&apos;{text}&apos; is not a valid date</translation>
    </message>
    <message>
        <source>het tijdstip {moment} mist een tijdzone</source>
        <translation>the moment {moment} has no time zone</translation>
    </message>
    <message>
        <source>het tijdstip {moment} ligt niet tussen het jaar {first} en {last}</source>
        <translation>the moment {moment} does not lie between the years {first} and {last}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldig tijdstip</source>
        <translation>&apos;{text}&apos; is not a valid moment</translation>
    </message>
    <message>
        <source>‘{text}’ is niet te lezen als datum. Typ bijvoorbeeld 1-3-2027 of 1 maart 2027.</source>
        <translation>‘{text}’ cannot be read as a date. Type for example 1-3-2027 or 1 March 2027.</translation>
    </message>
    <message>
        <source>‘{text}’ bestaat niet als datum.</source>
        <translation>‘{text}’ is not a date that exists.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>De map {folder} bevat al andere bestanden en is niet door {app} gemaakt; het programma zet zijn gegevens daar niet tussen en verandert niets aan de map. Kies een nieuwe of lege map, bijvoorbeeld {suggestion}.</source>
        <translation>The folder {folder} already holds other files and was not made by {app}; the program does not put its data among them and changes nothing in the folder. Choose a new or empty folder, for example {suggestion}.</translation>
    </message>
</context>
<context>
    <name>readability</name>
    <message>
        <source>zeer makkelijk</source>
        <translation>very easy</translation>
    </message>
    <message>
        <source>makkelijk</source>
        <translation>easy</translation>
    </message>
    <message>
        <source>redelijk makkelijk</source>
        <translation>fairly easy</translation>
    </message>
    <message>
        <source>gemiddeld</source>
        <translation>average</translation>
    </message>
    <message>
        <source>redelijk moeilijk</source>
        <translation>fairly difficult</translation>
    </message>
    <message>
        <source>moeilijk</source>
        <translation>difficult</translation>
    </message>
    <message>
        <source>zeer moeilijk</source>
        <translation>very difficult</translation>
    </message>
    <message>
        <source>maak er twee zinnen van</source>
        <translation>split it into two sentences</translation>
    </message>
    <message>
        <source>maak er drie zinnen van</source>
        <translation>split it into three sentences</translation>
    </message>
    <message>
        <source>maak er vier zinnen van</source>
        <translation>split it into four sentences</translation>
    </message>
    <message>
        <source>maak er vijf zinnen van</source>
        <translation>split it into five sentences</translation>
    </message>
    <message>
        <source>maak er kortere zinnen van</source>
        <translation>split it into shorter sentences</translation>
    </message>
    <message>
        <source>Deze zin heeft {count} woorden; {advice}.</source>
        <translation>This sentence has {count} words; {advice}.</translation>
    </message>
</context>
<context>
    <name>rendering</name>
    <message>
        <source>pagina {page} van {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Exporteren als &amp;HTML…</source>
        <translation>Export as &amp;HTML…</translation>
    </message>
    <message>
        <source>Document opslaan als HTML</source>
        <translation>Save document as HTML</translation>
    </message>
    <message>
        <source>Webpagina&apos;s (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Exporteren als &amp;PDF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>Document opslaan als PDF</source>
        <translation>Save document as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF/A voor het archief</source>
        <translation>PDF/A for the archive</translation>
    </message>
    <message>
        <source>Exporteren als PDF/A voor het a&amp;rchief…</source>
        <translation>Export as PDF/A for the &amp;archive…</translation>
    </message>
    <message>
        <source>Document opslaan als PDF/A voor het archief</source>
        <translation>Save document as PDF/A for the archive</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Exporteren als &amp;Word…</source>
        <translation>Export as &amp;Word…</translation>
    </message>
    <message>
        <source>Document opslaan als Word-bestand</source>
        <translation>Save document as Word file</translation>
    </message>
    <message>
        <source>Word-bestanden (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Exporteren als &amp;Markdown…</source>
        <translation>Export as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Document opslaan als Markdown</source>
        <translation>Save document as Markdown</translation>
    </message>
    <message>
        <source>Markdown-bestanden (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <source>Iemand anders heeft dit intussen gewijzigd; uw tekst is nog niet opgeslagen.</source>
        <translation>Someone else changed this meanwhile; your text is not saved yet.</translation>
    </message>
    <message>
        <source>Deze afwijking is meegenomen door {who} om zonder verbinding aan te werken. U kunt haar lezen, maar pas wijzigen als zij is teruggebracht. Er is niets veranderd.</source>
        <translation>This deviation was taken along by {who} to work on without a connection. You can read it, but change it only once it has been brought back. Nothing was changed.</translation>
    </message>
    <message>
        <source>De afwijking ‘{title}’ ({id}) kan niet worden gelezen: {detail}. De andere afwijkingen zijn in orde. Zet een reservekopie terug, of verwijder deze afwijking (in het overzicht, of met ‘igj-afwijken delete {id}’).</source>
        <translation>The deviation ‘{title}’ ({id}) cannot be read: {detail}. The other deviations are fine. Restore a backup, or delete this deviation (in the list, or with ‘igj-afwijken delete {id}’).</translation>
    </message>
    <message>
        <source>Er is geen afwijking met id &apos;{id}&apos;</source>
        <translation>There is no deviation with id &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; past bij meer dan één afwijking</source>
        <translation>&apos;{id}&apos; matches more than one deviation</translation>
    </message>
    <message>
        <source>er staat tekst in die geen UTF-8 is</source>
        <translation>it holds text that is not UTF-8</translation>
    </message>
    <message>
        <source>het veld {column} heeft een onverwachte waarde</source>
        <translation>the field {column} has an unexpected value</translation>
    </message>
    <message>
        <source>Een ingevuld antwoord zou leeg worden opgeslagen zonder dat u het hebt gewist; het opgeslagen antwoord is bewaard.</source>
        <translation>A filled-in answer would have been saved empty without you clearing it; the saved answer has been kept.</translation>
    </message>
    <message>
        <source>(onleesbaar)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>Wat het programma voor deze afwijking op deze computer bewaarde, staat in {path}, maar dat bestand kan niet worden gelezen ({reason}). Er is niets veranderd.</source>
        <translation>What the program kept on this computer for this deviation is in {path}, but that file cannot be read ({reason}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>{value} ligt niet tussen {first} en {last}</source>
        <translation>{value} does not lie between {first} and {last}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen bekende keuze</source>
        <translation>&apos;{value}&apos; is not a known choice</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen tekst</source>
        <translation>&apos;{value}&apos; is not text</translation>
    </message>
    <message>
        <source>{value} ligt niet tussen 1 en 5</source>
        <translation>{value} is not between 1 and 5</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>het adres van de organisatieserver begint met postgresql://: {url}</source>
        <translation>the organisation server&apos;s address starts with postgresql://: {url}</translation>
    </message>
    <message>
        <source>dit adres van de organisatieserver klopt niet: {reason}</source>
        <translation>this address of the organisation server is not right: {reason}</translation>
    </message>
    <message>
        <source>zet geen wachtwoord in het adres; libpq leest het uit uw wachtwoordbestand (.pgpass) of servicebestand</source>
        <translation>put no password in the address; libpq reads it from your password file (.pgpass) or service file</translation>
    </message>
    <message>
        <source>een server op een ander apparaat wordt alleen versleuteld (TLS) gebruikt; sslmode={mode} kan niet</source>
        <translation>a server on another computer is used only encrypted (TLS); sslmode={mode} is not possible</translation>
    </message>
    <message>
        <source>u mag op deze server geen rollen en tabellen maken; laat de beheerder van de database dit doen (met CREATEROLE en als eigenaar van de database)</source>
        <translation>you may not create roles and tables on this server; let the database&apos;s administrator do this (with CREATEROLE and as the database&apos;s owner)</translation>
    </message>
    <message>
        <source>in deze database mag iedereen objecten maken in het schema public; zo kan een gebruiker de rechten per locatie omzeilen. Laat de beheerder van de database dit eerst sluiten met: REVOKE CREATE ON SCHEMA public FROM PUBLIC</source>
        <translation>in this database every role may create objects in the schema public, which lets a user get round the rights per location. Have the database&apos;s administrator close it first with: REVOKE CREATE ON SCHEMA public FROM PUBLIC</translation>
    </message>
    <message>
        <source>zeg van welke locatie (--location NAAM)</source>
        <translation>say which location (--location NAME)</translation>
    </message>
    <message>
        <source>de rol {role} bestaat niet op de server; maak haar eerst aan (CREATE ROLE {role} LOGIN)</source>
        <translation>the role {role} does not exist on the server; create it first (CREATE ROLE {role} LOGIN)</translation>
    </message>
    <message>
        <source>deze database is nog geen organisatieregister; maak het eerst met: igj-afwijken server init ADRES</source>
        <translation>this database is not an organisation store yet; make it first with: igj-afwijken server init ADDRESS</translation>
    </message>
    <message>
        <source>u mag op deze server geen rechten geven; laat de beheerder van de database dit doen</source>
        <translation>you may not grant rights on this server; let the database&apos;s administrator do this</translation>
    </message>
    <message>
        <source>de server weigert u: gebruikersnaam of wachtwoord klopt niet (zie uw .pgpass)</source>
        <translation>the server refuses you: the user name or password is wrong (see your .pgpass)</translation>
    </message>
    <message>
        <source>het certificaat van de server wordt niet vertrouwd: het is verlopen, staat op een andere naam, of is niet ondertekend door een instantie die deze computer vertrouwt (vraag het de beheerder): {reason}</source>
        <translation>the server&apos;s certificate is not trusted: it has expired, is made out to another name, or is not signed by an authority this computer trusts (ask the administrator): {reason}</translation>
    </message>
    <message>
        <source>de server kent dit niet: {reason}</source>
        <translation>the server does not know this: {reason}</translation>
    </message>
    <message>
        <source>de organisatieserver is niet bereikbaar: {reason}</source>
        <translation>the organisation server cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>de server weigert dit: {reason}</source>
        <translation>the server refuses this: {reason}</translation>
    </message>
    <message>
        <source>Alleen een directeur kan een meegenomen afwijking terugnemen. Er is niets veranderd.</source>
        <translation>Only a director can take back a deviation someone took along. Nothing was changed.</translation>
    </message>
    <message>
        <source>U mag dit niet wijzigen: voor deze locatie heeft u op de organisatieserver alleen leesrecht, of geen recht. Er is niets veranderd. De beheerder kan u het recht geven (igj-afwijken server grant).</source>
        <translation>You may not change this: for this location you have only the right to read on the organisation server, or no right. Nothing was changed. The administrator can give you the right (igj-afwijken server grant).</translation>
    </message>
    <message>
        <source>Dit organisatieregister is nog niet ingericht voor deze versie van het programma (of nog helemaal niet). De beheerder richt het in met: igj-afwijken server init ADRES</source>
        <translation>This organisation store is not yet set up for this version of the program (or not at all). The administrator sets it up with: igj-afwijken server init ADDRESS</translation>
    </message>
    <message>
        <source>Dit organisatieregister is nog niet ingericht voor deze versie van het programma (of nog helemaal niet). Er is niets veranderd. De beheerder richt het in met: igj-afwijken server init ADRES</source>
        <translation>This organisation store is not yet set up for this version of the program (or not at all). Nothing was changed. The administrator sets it up with: igj-afwijken server init ADDRESS</translation>
    </message>
    <message>
        <source>Een afwijking met hetzelfde id staat al in het organisatieregister, op een locatie die u niet mag zien. Er is niets veranderd.</source>
        <translation>A deviation with the same id is already in the organisation store, at a location you may not see. Nothing was changed.</translation>
    </message>
    <message>
        <source>De verbinding met de organisatieserver is verbroken ({reason}). Het register kan nu niet worden gelezen.</source>
        <translation>The connection to the organisation server was lost ({reason}). The register cannot be read now.</translation>
    </message>
    <message>
        <source>De verbinding met de organisatieserver is verbroken ({reason}). Deze wijziging is nog niet opgeslagen.</source>
        <translation>The connection to the organisation server was lost ({reason}). This change is not saved yet.</translation>
    </message>
    <message>
        <source>De organisatieserver weigert dit ({reason}). Er is niets veranderd.</source>
        <translation>The organisation server refuses this ({reason}). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>take_along</name>
    <message>
        <source>U heeft deze afwijking al meegenomen naar deze computer. Breng haar eerst terug.</source>
        <translation>You already took this deviation along to this computer. Bring it back first.</translation>
    </message>
    <message>
        <source>Deze afwijking is niet meegenomen naar deze computer.</source>
        <translation>This deviation was not taken along to this computer.</translation>
    </message>
    <message>
        <source>Anderen slaan deze afwijking steeds tegelijk met u op; er is niets teruggebracht. Probeer het zo opnieuw.</source>
        <translation>Others keep saving this deviation at the same time as you; nothing was brought back. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Vastgestelde versie {number}</source>
        <translation>Adopted version {number}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Wie zijn er betrokken</source>
        <translation>Who is involved</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Advies van de cliëntenraad</source>
        <translation>Advice of the client council</translation>
    </message>
    <message>
        <source>Gevraagd op</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>nog niet ontvangen</source>
        <translation>not yet received</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Het advies</source>
        <translation>The advice</translation>
    </message>
    <message>
        <source>Wat we ermee hebben gedaan</source>
        <translation>What we have done with it</translation>
    </message>
    <message>
        <source>Aanspreekpunten voor vragen en twijfels</source>
        <translation>Points of contact for questions and concerns</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bereikbaar via</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Bundel afwijkingen</source>
        <translation>Bundle of deviations</translation>
    </message>
    <message>
        <source>Voor het inspectiebezoek</source>
        <translation>For the inspection visit</translation>
    </message>
    <message>
        <source>Afwijkingen van richtlijnen en veldnormen</source>
        <translation>Deviations from guidelines and field norms</translation>
    </message>
    <message>
        <source>Deze bundel bevat de verantwoording van elke afwijking die nu loopt op %(location)s.</source>
        <translation>This bundle contains the justification of every deviation currently in effect at %(location)s.</translation>
    </message>
    <message>
        <source>Deze bundel bevat de verantwoording van elke afwijking die nu loopt.</source>
        <translation>This bundle contains the justification of every deviation currently in effect.</translation>
    </message>
    <message>
        <source>Per afwijking staan de vijf vragen van de inspectie beantwoord: waarom we het anders doen, hoe, hoe de zorg veilig blijft, wie erbij betrokken zijn en hoe we evalueren en bijsturen.</source>
        <translation>For each deviation, the inspectorate&apos;s five questions are answered: why we work differently, how, how care remains safe, who is involved, and how we evaluate and adjust.</translation>
    </message>
    <message>
        <source>Afgedrukt op</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Aantal afwijkingen</source>
        <translation>Number of deviations</translation>
    </message>
    <message>
        <source>Niet opgenomen</source>
        <translation>Not included</translation>
    </message>
    <message>
        <source>%(title)s (afwijking van een wet; daarvoor bestaat geen verantwoording)</source>
        <translation>%(title)s (deviation from a law; no justification exists for that)</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Afwijking</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Op verzoek zijn ook afwijkingen opgenomen die nog niet zijn vastgesteld; hun pagina&apos;s dragen het merk CONCEPT.</source>
        <translation>As requested, deviations that have not been adopted yet are included too; their pages carry the mark DRAFT.</translation>
    </message>
    <message>
        <source>waarvan %(count)s concept</source>
        <translation>of which %(count)s draft</translation>
    </message>
    <message>
        <source>Gehouden evaluaties</source>
        <translation>Evaluations held</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wat bleek</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Wat is bijgestuurd</source>
        <translation>What was adjusted</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>gevolg</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>kans</source>
        <translation>likelihood</translation>
    </message>
    <message>
        <source>Vastgesteld door</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>Afgedrukt op %(date)s</source>
        <translation>Printed on %(date)s</translation>
    </message>
    <message>
        <source>CONCEPT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Het dossier, om in IGJ Afwijken te importeren</source>
        <translation>The dossier, to import into IGJ Afwijken</translation>
    </message>
    <message>
        <source>Risico&apos;s en maatregelen</source>
        <translation>Risks and measures</translation>
    </message>
    <message>
        <source>Risico</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Kans × gevolg</source>
        <translation>Likelihood × impact</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Daarna</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Waarom een hoog risico toch aanvaardbaar is</source>
        <translation>Why a high risk is still acceptable</translation>
    </message>
    <message>
        <source>Risico %(number)s:</source>
        <translation>Risk %(number)s:</translation>
    </message>
    <message>
        <source>Risicomatrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Na de maatregelen</source>
        <translation>After the measures</translation>
    </message>
    <message>
        <source>Kans van 1 (%(likelihood_low)s) tot 5 (%(likelihood_high)s), gevolg van 1 (%(impact_low)s) tot 5 (%(impact_high)s).</source>
        <translation>Likelihood from 1 (%(likelihood_low)s) to 5 (%(likelihood_high)s), impact from 1 (%(impact_low)s) to 5 (%(impact_high)s).</translation>
    </message>
    <message>
        <source>&quot;Daarna&quot; is kans × gevolg na de maatregelen. In elk vak van de matrix staan de nummers van de risico&apos;s.</source>
        <translation>&quot;Afterwards&quot; is likelihood × impact after the measures. Each cell of the matrix shows the numbers of the risks.</translation>
    </message>
    <message>
        <source>Stoppen en daarna</source>
        <translation>Stopping and afterwards</translation>
    </message>
    <message>
        <source>Wanneer we stoppen</source>
        <translation>When we stop</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Waar we de werkwijze inbrengen</source>
        <translation>Where we bring in the way of working</translation>
    </message>
    <message>
        <source>De weg terug naar de norm</source>
        <translation>The way back to the norm</translation>
    </message>
    <message>
        <source>Adviesaanvraag: %(title)s</source>
        <translation>Request for advice: %(title)s</translation>
    </message>
    <message>
        <source>Adviesaanvraag</source>
        <translation>Request for advice</translation>
    </message>
    <message>
        <source>Aan de cliëntenraad van %(location)s</source>
        <translation>To the client council of %(location)s</translation>
    </message>
    <message>
        <source>Aan de cliëntenraad</source>
        <translation>To the client council</translation>
    </message>
    <message>
        <source>Betreft: verzoek om advies over “%(title)s”</source>
        <translation>Subject: request for advice on “%(title)s”</translation>
    </message>
    <message>
        <source>Beste leden van de cliëntenraad,</source>
        <translation>Dear members of the client council,</translation>
    </message>
    <message>
        <source>Wij vinden niet genoeg personeel om de zorg te geven zoals de regels het beschrijven.</source>
        <translation>We cannot find enough staff to provide care in the way the rules describe.</translation>
    </message>
    <message>
        <source>Daarom willen wij op één punt anders gaan werken, vanaf %(date)s.</source>
        <translation>We therefore intend to work differently on one point, from %(date)s.</translation>
    </message>
    <message>
        <source>Daarom willen wij op één punt anders gaan werken.</source>
        <translation>We therefore intend to work differently on one point.</translation>
    </message>
    <message>
        <source>Het gaat om: &lt;i&gt;%(rule)s&lt;/i&gt;.</source>
        <translation>It concerns: &lt;i&gt;%(rule)s&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>De zorg moet daarbij veilig en goed blijven.</source>
        <translation>Care must remain safe and of good quality.</translation>
    </message>
    <message>
        <source>Wij doen dit niet alleen: daarom vragen wij u om advies.</source>
        <translation>We do not do this alone: that is why we ask for your advice.</translation>
    </message>
    <message>
        <source>Wat uw adviesrecht betekent</source>
        <translation>What your right to advise means</translation>
    </message>
    <message>
        <source>De Wet medezeggenschap cliënten zorginstellingen 2018 (Wmcz 2018) geeft de cliëntenraad het recht om advies te geven over voorgenomen besluiten die de zorg voor cliënten raken. Daarom vragen wij uw advies voordat wij besluiten. Wij betrekken uw advies bij ons besluit en laten u schriftelijk weten wat wij ermee doen. Volgen wij uw advies niet, dan leggen wij uit waarom.</source>
        <translation>The Dutch Client Participation in Care Institutions Act 2018 (Wmcz 2018) gives the client council the right to advise on proposed decisions that affect the care of clients. That is why we ask for your advice before we decide. We take your advice into account in our decision and let you know in writing what we do with it. If we do not follow your advice, we explain why.</translation>
    </message>
    <message>
        <source>Onze vragen aan u</source>
        <translation>Our questions to you</translation>
    </message>
    <message>
        <source>Er kan beargumenteerd worden afgeweken van richtlijnen en veldnormen, zolang de zorg veilig en verantwoord blijft; van de wet kan niet worden afgeweken. Dit document beantwoordt de vijf vragen die de Inspectie Gezondheidszorg en Jeugd stelt wanneer een zorgaanbieder dat doet:</source>
        <translation>A care provider may deviate from guidelines and field norms with good reason, as long as care stays safe and sound; it cannot deviate from the law. This document answers the five questions that the Health and Youth Care Inspectorate asks when a care provider does so:</translation>
    </message>
    <message>
        <source>leg aan ons uit</source>
        <translation>explain it to us</translation>
    </message>
    <message>
        <source>Heeft u vragen, of wilt u er eerst met ons over praten?</source>
        <translation>Do you have any questions, or would you like to discuss this with us first?</translation>
    </message>
    <message>
        <source>Neem dan contact op met %(name)s.</source>
        <translation>If so, please contact %(name)s.</translation>
    </message>
    <message>
        <source>Neem dan contact op met ons.</source>
        <translation>If so, please contact us.</translation>
    </message>
    <message>
        <source>De volledige verantwoording sturen wij u graag toe.</source>
        <translation>We will gladly send you the full justification.</translation>
    </message>
    <message>
        <source>Met vriendelijke groet,</source>
        <translation>Yours sincerely,</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliëntenraad: %(title)s</source>
        <translation>Summary for the client council: %(title)s</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliëntenraad</source>
        <translation>Summary for the client council</translation>
    </message>
    <message>
        <source>Wij werken op dit punt anders dan de regels voor de zorg voorschrijven, omdat we niet genoeg personeel vinden. Dat mag, als de zorg veilig en goed blijft en als we kunnen uitleggen waarom. Hieronder leest u in het kort wat we doen en waarom. Wij horen graag wat u ervan vindt.</source>
        <translation>On this point we work differently from what the rules for care prescribe, because we cannot find enough staff. This is allowed, as long as care remains safe and of good quality and we can explain why. Below you can read in brief what we are doing and why. We would like to hear what you think of it.</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not yet filled in</translation>
    </message>
    <message>
        <source>Vanaf wanneer</source>
        <translation>From when</translation>
    </message>
    <message>
        <source>voorlopig tot %(date)s</source>
        <translation>provisionally until %(date)s</translation>
    </message>
    <message>
        <source>nog niet bekend</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <source>Wie is verantwoordelijk</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>nog niet gepland</source>
        <translation>not yet scheduled</translation>
    </message>
    <message>
        <source>Deze samenvatting is nog niet geschreven.</source>
        <translation>This summary has not yet been written.</translation>
    </message>
    <message>
        <source>Wat kan er misgaan, en wat doen we eraan?</source>
        <translation>What could go wrong, and what are we doing about it?</translation>
    </message>
    <message>
        <source>Dit is een samenvatting.</source>
        <translation>This is a summary.</translation>
    </message>
    <message>
        <source>De volledige verantwoording, met alle antwoorden voor de inspectie, kunt u opvragen bij %(name)s.</source>
        <translation>You can request the full justification, with all the answers for the inspectorate, from %(name)s.</translation>
    </message>
    <message>
        <source>De volledige verantwoording, met alle antwoorden voor de inspectie, kunt u opvragen bij de verantwoordelijke.</source>
        <translation>You can request the full justification, with all the answers for the inspectorate, from the person responsible.</translation>
    </message>
    <message>
        <source>Gemaakt op %(date)s.</source>
        <translation>Produced on %(date)s.</translation>
    </message>
    <message>
        <source>Evaluatie: %(title)s</source>
        <translation>Evaluation: %(title)s</translation>
    </message>
    <message>
        <source>Evaluatieverslag afwijking</source>
        <translation>Evaluation report on a deviation</translation>
    </message>
    <message>
        <source>versie %(number)s vastgesteld op %(date)s</source>
        <translation>version %(number)s adopted on %(date)s</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Evalueert</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Het plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>Nog niet beantwoord.</source>
        <translation>Not yet answered.</translation>
    </message>
    <message>
        <source>Bijgestuurd</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>niet gepland</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <source>Er is nog geen evaluatie gehouden.</source>
        <translation>No evaluation has been held yet.</translation>
    </message>
    <message>
        <source>Risico&apos;s voor en na de maatregelen</source>
        <translation>Risks before and after the measures</translation>
    </message>
    <message>
        <source>Gemaakt met %(program)s %(version)s op %(date)s.</source>
        <translation>Produced with %(program)s %(version)s on %(date)s.</translation>
    </message>
    <message>
        <source>Verantwoording: %(title)s</source>
        <translation>Justification: %(title)s</translation>
    </message>
    <message>
        <source>Verantwoording afwijking</source>
        <translation>Justification of a deviation</translation>
    </message>
    <message>
        <source>nog niet vastgesteld</source>
        <translation>not yet adopted</translation>
    </message>
    <message>
        <source>%(reason)s op %(date)s</source>
        <translation>%(reason)s on %(date)s</translation>
    </message>
    <message>
        <source>concept voor versie %(number)s</source>
        <translation>draft for version %(number)s</translation>
    </message>
    <message>
        <source>versie %(number)s vastgesteld op %(date)s door %(name)s</source>
        <translation>version %(number)s adopted on %(date)s by %(name)s</translation>
    </message>
    <message>
        <source>concept, nog geen vastgestelde versie</source>
        <translation>draft, no adopted version yet</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Sinds versie %(number)s: %(changes)s</source>
        <translation>Since version %(number)s: %(changes)s</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Verantwoordelijk</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Wij ontvangen uw advies graag uiterlijk</source>
        <translation>We would like to receive your advice by</translation>
    </message>
    <message>
        <source>vóór de ingangsdatum</source>
        <translation>before the start date</translation>
    </message>
    <message>
        <source>Het gaat om:</source>
        <translation>It concerns:</translation>
    </message>
    <message>
        <source>Bij wie kunnen cliënten en naasten terecht?</source>
        <translation>Who can clients and their families turn to?</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Beoogde duur</source>
        <translation>Intended duration</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>tot %(date)s</source>
        <translation>until %(date)s</translation>
    </message>
    <message>
        <source>nog niet bepaald</source>
        <translation>not yet determined</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>Waarvan wordt afgeweken</source>
        <translation>What is being deviated from</translation>
    </message>
    <message>
        <source>Soort regel</source>
        <translation>Type of rule</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Er kan beargumenteerd worden afgeweken van richtlijnen en veldnormen, zolang de zorg veilig en verantwoord blijft; van de wet kan niet worden afgeweken. Dit document beantwoordt de vijf vragen die de Inspectie Gezondheidszorg en Jeugd stelt wanneer een zorgaanbieder dat doet: &lt;em&gt;leg aan ons uit&lt;/em&gt;.</source>
        <translation>A care provider may deviate from guidelines and field norms on reasoned grounds, as long as care remains safe and responsible; it may not deviate from the law. This document answers the five questions that the Dutch Health and Youth Care Inspectorate (IGJ) asks when a care provider does so: &lt;em&gt;explain it to us&lt;/em&gt;.</translation>
    </message>
    <message>
        <source>Van de %(total)s deelvragen zijn er %(answered)s beantwoord.</source>
        <translation>Of the %(total)s sub-questions, %(answered)s have been answered.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Bij de onderwerpen van deze afwijking horen de punten waar de inspectie naar kijkt. Per punt staat of het geregeld is.</source>
        <translation>The topics of this deviation come with the points the inspectorate looks at. For each point, it is stated whether it has been arranged.</translation>
    </message>
    <message>
        <source>Punt</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Geregeld</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Bron: %(source)s.</source>
        <translation>Source: %(source)s.</translation>
    </message>
    <message>
        <source>Antwoorden op vragen uit een eerdere vragenlijst</source>
        <translation>Answers to questions from an earlier questionnaire</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Functie:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Handtekening:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Dit antwoord is gegeven bij een eerdere versie van de vragenlijst; de vraag staat er zoals die toen luidde.</source>
        <translation>This answer was given under an earlier version of the questionnaire; the question is shown as it was worded then.</translation>
    </message>
    <message>
        <source>Vragenlijst &quot;%(title)s&quot;, versie %(version)s.</source>
        <translation>Questionnaire &quot;%(title)s&quot;, version %(version)s.</translation>
    </message>
</context>
<context>
    <name>templating</name>
    <message>
        <source>een getal van meer dan 3.000 cijfers</source>
        <translation>a number of more than 3,000 digits</translation>
    </message>
    <message>
        <source>een macht groter dan 100</source>
        <translation>a power greater than 100</translation>
    </message>
    <message>
        <source>het aparte proces voor dit sjabloon kon niet starten ({error})</source>
        <translation>the separate process for this template could not start ({error})</translation>
    </message>
    <message>
        <source>het maken had meer dan {megabytes} MB geheugen nodig en is gestopt</source>
        <translation>making it needed more than {megabytes} MB of memory and was stopped</translation>
    </message>
    <message>
        <source>het maken stopte voordat het klaar was, waarschijnlijk omdat het meer dan {megabytes} MB geheugen nodig had</source>
        <translation>making it stopped before it was done, probably because it needed more than {megabytes} MB of memory</translation>
    </message>
    <message>
        <source>een tekst of lijst van meer dan een miljoen tekens</source>
        <translation>a text or list of more than a million characters</translation>
    </message>
    <message>
        <source>Concept, nog niet vastgesteld</source>
        <translation>Draft, not yet adopted</translation>
    </message>
    <message>
        <source>versie {number} vastgesteld op {date}</source>
        <translation>version {number} adopted on {date}</translation>
    </message>
    <message>
        <source>Concept voor versie {next} ({adopted})</source>
        <translation>Draft for version {next} ({adopted})</translation>
    </message>
    <message>
        <source>Onbekend sjabloon &apos;{template}&apos;; beschikbaar: {known}.</source>
        <translation>Unknown template &apos;{template}&apos;; available: {known}.</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{template}’ is groter dan {size} kB.</source>
        <translation>The template ‘{template}’ is larger than {size} kB.</translation>
    </message>
    <message>
        <source>een document van meer dan een miljoen tekens</source>
        <translation>a document of more than a million characters</translation>
    </message>
    <message>
        <source>dit is in een sjabloon niet toegestaan ({error})</source>
        <translation>this is not allowed in a template ({error})</translation>
    </message>
    <message>
        <source>onbekende naam of eigenschap ({error})</source>
        <translation>unknown name or property ({error})</translation>
    </message>
    <message>
        <source>het sjabloon ‘{name}’ bestaat niet</source>
        <translation>the template ‘{name}’ does not exist</translation>
    </message>
    <message>
        <source>het maken duurde langer dan {seconds} seconden en is gestopt (een lus die niet ophoudt?)</source>
        <translation>making it took longer than {seconds} seconds and was stopped (a loop that never ends?)</translation>
    </message>
    <message>
        <source>een macro roept zichzelf steeds opnieuw aan</source>
        <translation>a macro keeps calling itself</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{template}’ bevat een fout op regel {line}: {detail}</source>
        <translation>The template ‘{template}’ contains an error on line {line}: {detail}</translation>
    </message>
    <message>
        <source>Het sjabloon ‘{template}’ bevat een fout: {detail}</source>
        <translation>The template ‘{template}’ contains an error: {detail}</translation>
    </message>
</context>
<context>
    <name>typesetting</name>
    <message>
        <source>Typst gaf geen document terug.</source>
        <translation>Typst returned no document.</translation>
    </message>
    <message>
        <source>Het document kan niet worden opgemaakt: {detail}</source>
        <translation>The document cannot be typeset: {detail}</translation>
    </message>
</context>
<context>
    <name>waiting</name>
    <message>
        <source>Anderen slaan deze afwijking steeds tegelijk met u op. Uw wijzigingen wachten nog op deze computer; het programma probeert het bij de volgende start opnieuw.</source>
        <translation>Others keep saving this deviation at the same time as you. Your changes still wait on this computer; the program tries again at the next start.</translation>
    </message>
</context>
</TS>
