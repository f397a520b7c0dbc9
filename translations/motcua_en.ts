<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CommandContext</name>
    <message>
        <source>Run &quot;motcua %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (run without a display):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, the application window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file PATH (default: $MOTCUA_DATABASE, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;motcua --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa: receiving and returning administrative-procedure dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database file, its schema version and row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and foreign keys (exit 0 when clean, 1 when not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;settings list&quot; or &quot;settings set KEY VALUE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures imported: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the office&apos;s settings, or set one (validated as in the settings dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the procedure catalogue from CSV (code,name,field,level,duration,unit,cutoff,fee,office,documents); all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register dossiers that arrived online or by post from CSV; prints each new dossier code; all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;print receipt CODE --output FILE.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a slip or a list to PDF: the receipt of a dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt CODE --output FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a header row is expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database path %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Một Cửa database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask the administrator to give this account permission to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program and stayed locked for %2 seconds. Close the other program or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Install the newer version of Một Cửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at %1, outside working hours: counting starts at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at %1, at or after the cut-off time: counting starts at %2, on the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused from %1 to %2: the deadline moves by %3 of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused from %1 to %2 (%3): the deadline moves by %4 of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierImport</name>
    <message>
        <source>Line 1: the header lacks the column(s) %1. Expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no dossier rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown procedure code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; is not one of direct, postal, online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_at &quot;%1&quot; is not YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant_kind &quot;%1&quot; is not person or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date &quot;%1&quot; is not YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return_method &quot;%1&quot; is not counter or post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>The office code is not set: an administrator must enter it in Settings before dossiers can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure does not exist in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure %1 is no longer in use (inactive in the catalogue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline can be computed for %1: check the working calendar and office hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be numbered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the applicant must add or complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the dossier must be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for refusing the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional documents requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed, result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal decided, to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public postal service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Cannot record the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 follows event %2: rows are missing or were inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not continue the chain: the event before it was changed, removed or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was changed after it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Một Cửa cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>A personal ID number has exactly 12 digits (%1 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first three digits of a personal ID number are a province code from 001 to 096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number gives %1 as the year of birth, the date of birth says %2: check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation code is a tax code (10 digits, or 10-3 for a branch) or an identifier of 3 to 20 digits, capital letters, dots and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits (spaces, dots and dashes are allowed between them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Vietnamese phone numbers are accepted (+84 or 0…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 10 digits starting 03, 05, 07, 08 or 09; a landline has 11 digits starting 02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.vn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card code has %1 fields instead of 7: scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card code is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card code is not valid: the old ID number must have 9 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card code is not valid: the name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card code is not valid: a date is not DDMMYYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key: row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bộ phận Một cửa UBND xã Tân Hòa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cấp xã, Cấp tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body the office belongs to (đơn vị chủ quản), e.g. UBND xã Tân Hòa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic identifier: digits, A–Z and dots, up to 35 characters, e.g. 000.00.19.H47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name on slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before the date: &quot;Tân Hòa, ngày … tháng … năm …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile (10 digits) or landline (0 + area code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions as HH:MM-HH:MM separated by commas, e.g. 07:30-11:30,13:30-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For procedures with a cut-off, dossiers received at or after this time count from the next working day (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt book number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyển số of the register printed on receipts, e.g. 01/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: mon, tue, wed, thu, fri, sat, sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon within (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier due within this many working days is shown as due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results uncollected after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result waiting longer than this many days is listed as uncollected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters (tabs, line breaks) are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office code has digits, upper-case letters A–Z and dots (one group per level), at most 35 characters, e.g. 000.00.19.H47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hour as HH:MM, e.g. 15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List rest days as mon, tue, wed, thu, fri, sat, sun separated by commas; at least one day of the week must be worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sessions as HH:MM-HH:MM separated by commas, in order and not overlapping, e.g. 07:30-11:30,13:30-17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: one receipt for the applicant; 2: also a copy kept by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureStore</name>
    <message>
        <source>Cannot save the procedure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another procedure already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1. Expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the code %2 already appears on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no procedure rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>%1: control characters are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure code is required: letters, digits, dots, dashes (e.g. 1.001193).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deciding office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration in working days must be more than 0 and at most 730.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration in working hours must be more than 0 and at most 5840.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of originals and copies of a document is from 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not one of days, hours, same-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration &quot;%1&quot; is not a number (use a dot for fractions: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutoff must be 0 or 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>%1 contains control characters (tabs, line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name contains characters a name cannot have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal ID number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth must be between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of originals and copies is from 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one document handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sets is from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal address for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to receive dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to handle dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may approve an apology and a new return date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may view reports and export personal data in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may edit the procedure catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may edit the working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the office&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipDocument</name>
    <message>
        <source>Cannot start printing &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish printing &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the page size %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Code 2019, Article 112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar New Year (Tet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung Kings&apos; Commemoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International Workers&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory day off for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Code 2019, Article 111</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::IntakeSlipDialog</name>
    <message>
        <source>Request completion of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be added or completed (one item per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to receive the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for refusing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and print the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and print the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one item to add or complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a new dossier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a dossier by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Một Cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code, name, ID number or phone (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Một Cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Một Cửa %1&lt;/h3&gt;&lt;p&gt;Receiving dossiers of administrative procedures, promising exact return times, following each dossier to the return of its result.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReceptionPage</name>
    <message>
        <source>Receive a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or the code, e.g. &quot;khai sinh&quot; or &quot;1.0011&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;ID card (F2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code of the chip ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by an a&amp;uthorised person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted &amp;via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents handed in (&amp;tick what was received; Space toggles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another document handed in, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By p&amp;ost to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive and print receipt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;completion (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applicant (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal I&amp;D number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code or identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a procedure to see the promised return time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return time can be computed: check the working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Processing time:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Return of the result if received now:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fee:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, received %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: this applicant already has %n open dossier(s) for the same procedure:
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is not a date (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These documents of the checklist are not ticked as received:

• %1

A dossier is received only when it is complete. Receive it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is received.
Return of the result: %2.

Print the receipt now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for completion recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal is recorded. Print the slip for the applicant now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for completion is recorded. Print the slip for the applicant now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SlipPrinter</name>
    <message>
        <source>slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
