<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nghỉ Quốc khánh (hoán đổi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Văn bản 12729/VPCP-KGVX ngày 25/12/2025</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Announcements</name>
    <message>
        <source>The date is not a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains control characters (tabs, line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal reference contains control characters (tabs, line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal reference is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date "%1" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind "%1" is not one of off, work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Một Cửa database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, newer than this program knows (%3). Install the newer version of Một Cửa to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety copy of the current database could be made, so nothing was restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be replaced (%1); it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a database on a server are made with the server&apos;s own tools: pg_dump -Fc (package postgresql-client) to back up, pg_restore to restore. This version of Một Cửa backs up database files only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was written, but recording it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored, but recording it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain anchor could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain anchors %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not HASH:COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain anchor %1 (%2, line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no announcement on %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an announcement: edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the date %2 already appears on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no announcement rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParse</name>
    <message>
        <source>"%1" is not a date and time of the form YYYY-MM-DDTHH:MM (e.g. 2026-02-13T09:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day (00:00 to 23:59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the office&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"%1" is not a number: write a number of 0 or more, with a dot for fractions (e.g. 3 or 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long a duration: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"%1" is not a pause of the form FROM/TO (e.g. 2026-03-02T08:00/2026-03-04T16:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause %1 must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"%1" is not a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Run "motcua %1 --help" for the options.</source>
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
        <source>Unknown command "%1". Run "motcua --help" for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language "%1": use vi or en.</source>
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
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
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
        <source>Audit trail broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use "settings list" or "settings set KEY VALUE".</source>
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
        <source>No dossier has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the backup to FILE (a new file). Without it, a dated backup goes into the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the current database is to be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the one backup file to restore: motcua restore FILE --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces the whole database %1 with the backup %2: everything recorded since that backup is replaced. A safety copy of the current database is saved first in %3.
Close Một Cửa on every counter using this database, then run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a consistent copy of the database, also while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a checked backup, after a safety copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s full name (user add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role (user add): clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given. Write it as the first line of standard input (passwords are never accepted as arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: user add, list, disable, enable or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account: motcua user %1 USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments. Passwords are read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --role belong to "user add".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role with --role clerk, --role supervisor or --role admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s full name with --name "Full Name".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account "%1" was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of "%1" was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account "%1" was enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account "%1" was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage accounts: add, list, disable, enable, passwd (passwords from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add USERNAME --name "Full Name" --role clerk|supervisor|admin | list | disable USERNAME | enable USERNAME | passwd USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to list or export (default: the current year for the list, every year for export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export: write the CSV to FILE instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements: %1 added, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossiers whose deadline was recomputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action "%1": use import FILE.csv, export, or --year YYYY alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output goes with export only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year does not go with import: the file gives the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the complete dossier was received, office time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in working days (fractions allowed: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in working hours (fractions allowed: 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at the end of the working day counting starts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the cut-off hour (office.cutoff, 15:00 by default): a dossier received at or after it counts from the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the due time, one line per step: date, kind (outside-hours, cutoff, non-working-day, pause) and explanation, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period when the clock stops (repeatable), office time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of receipt: --received YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --days N, --hours N or --same-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due time can be computed: the calendar has no working time (check the office hours and rest days in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a year&apos;s weekdays off and weekend days worked; import or export the yearly announcements as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--year YYYY] | import FILE.csv | export [--year YYYY] [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a due time with the database&apos;s working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received YYYY-MM-DDTHH:MM (--days N | --hours N | --same-day) [--cutoff] [--explain] [--pause FROM/TO]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as "CSV UTF-8".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many dossiers to generate (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1): the same seed gives the same dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a whole number from 1 to 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-demo takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo dossiers and %2 events generated in %3 s (%4 dossiers/s). This is a training database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format "%1": use text or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue dossier(s) as of %1.</source>
        <translation>
            <numerusform>%n overdue dossier as of %1.</numerusform>
            <numerusform>%n overdue dossiers as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period is after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the procedures of this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 procedure(s), %2 dossier(s) received; written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the dossiers of this field (the register is kept per field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --output FILE.pdf or FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) in the register; written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new or training database with realistic demo dossiers (ten years, with their events); marks it as a training database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count N [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the open dossiers that are overdue now, earliest deadline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--format text|csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the period report (per procedure, with a TOTAL line) as CSV, XLSX or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use "print SLIP CODE --output FILE.pdf | --printer NAME [--copies N]", SLIP one of: %1; "print intake-slip NUMBER" with the same destinations; or "print register --from YYYY-MM-DD --to YYYY-MM-DD [--field FIELD] --output FILE.pdf|FILE.csv | --printer NAME [--copies N]".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on this printer of the system (a CUPS queue, see lpstat -p) instead of writing a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many copies to print (1 to 99, default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --output FILE or --printer NAME, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file with --output FILE or the printer with --printer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copies takes a whole number from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copies goes with --printer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render to PDF or print on a printer a slip of a dossier (receipt, completion-request, apology, stop-notice, control-slip), a request for completion or refusal recorded at the counter (intake-slip NUMBER), or the register of a period (PDF or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLIP CODE | intake-slip NUMBER | register --from … --to … [--field …]; then --output FILE.pdf (register: or FILE.csv) | --printer NAME [--copies N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) in the register; sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain anchor printed on a report or register ("Mã kiểm tra"): the chain must hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s) not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chain anchor %1 (given): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor "%1" is not HASH:COUNT (16 to 64 hexadecimal digits, a colon, the number of events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, foreign keys and audit trail: the event chain, the dossiers against their events, the chain anchors (exit 0 when clean, 1 when not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not valid UTF-8 text; nothing was changed. Set the terminal or the file to UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to "%2".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: "%2" is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, office time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dossier codes from standard input, one a line, and apply the action to all of them at once, or to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stdin the codes come from standard input: "dossier %1 --stdin".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use "dossier %1 CODE".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier codes on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use "dossier show CODE" or "dossier ACTION CODE", ACTION one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a dossier (status, due and promised times, overdue flag, pause, and its timeline, one event a line), or take a step of its life as the dossier window does: transfer, request-documents, documents-received, request-payment, payment-done, apology, result, refusal, return, withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show CODE | ACTION CODE | ACTION --stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role that owns the schema; nobody logs in as it (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the counters log in as (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: motcua server init postgresql://ADMIN@HOST/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a PostgreSQL database for the counters, once, as the server&apos;s administrator: the schema, an owner role and an application role that cannot rewrite the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init postgresql://ADMIN@HOST[:PORT]/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database: a SQLite file that does not exist yet (or is empty), or an empty PostgreSQL database (postgresql://user@host:port/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate takes no arguments: name the new database with --to TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new database with --to TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row counts and the dossiers checked against their history; the audit trail verified: %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the whole database (--database, only read) into a new, empty one given by --to: a SQLite file or a PostgreSQL database. One transaction, verified before it is committed; a refused or failed copy leaves the target as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to FILE.sqlite|postgresql://user@host:port/dbname</source>
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
    <message>
        <source>Line 1: the header lacks the column(s) %1. Expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; put the whole field in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a double quote inside a field that does not start with one; put the whole field in double quotes and double the quote inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s), but the header has %2; a value with a comma must be in double quotes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>The Một Cửa database %1 is damaged (%2). Do not record anything more in it: restore the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it holds no Một Cửa data. Check the path, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this program&apos;s (%3). This command only reads and does not upgrade it: open it once with the window or with a command that writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database server answers at %1 (%2). Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 refused the user %2 (%3). Check the user name and its password (in ~/.pgpass, or typed in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server %2: the server&apos;s administrator creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user may not do this on %1 (%2). Ask the server&apos;s administrator for the privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql): cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema version cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another application, not a Một Cửa database. Give Một Cửa an empty database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty: it holds no Một Cửa data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this program&apos;s (%3), and this user may not upgrade it: the server&apos;s administrator runs motcua server init with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is not empty: a new database is made only in a new or empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty: it already holds tables. A new database is made only in an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The target %1 is the source itself: name a new file or an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is not empty: the copy goes only into a new file or an empty database, and this one was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the target failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the source and %3 in the copy: nothing was written to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s counts of dossiers per status do not match its dossiers: nothing was written to the target. Run "motcua check" on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of the copy is broken at event %1 (%2): nothing was written to the target. Run "motcua check" on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of the copy does not end where the source&apos;s does: nothing was written to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of the copy differ from their history (%1): nothing was written to the target. Run "motcua check" on the source.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must not hold a password: put it in ~/.pgpass (or the file named by PGPASSFILE), or let the window ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the database address %1 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 names no database: write postgresql://[user@]host[:port]/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on server %2</source>
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
    <message>
        <source>Paused since %1: the deadline will move by the working time of the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since %1 (%2): the deadline will move by the working time of the pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>The deadlines could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline can be computed for the dossier %1: check the working calendar and office hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of the dossier %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of dossiers must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds %1 real dossiers: demo dossiers are generated only into an empty database or a training database. Use a new file (--database PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure catalogue is empty: import procedures first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo dossiers are generated into a database file: generate them into a file, then copy it to the server with motcua migrate --to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogSupport</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
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
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierAudit</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refer to dossier %1, which does not exist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier %1 has no events: its history was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has no reception event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: %2 is %3 in the row, its events say %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier %1: the applicant&apos;s data (applicant_*, proxy_*) are not those received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triggers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events table has an unexpected trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append-only trigger %1 was changed: the events are not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append-only trigger %1 is missing: the events are not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append-only trigger %1 is disabled: the events are not protected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierFlow</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dossier that is received or in processing can be transferred; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional documents can be requested only while the dossier is in processing; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional documents were already requested for this dossier: a dossier may be asked to be completed only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dossier waiting for additional documents can receive them; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A financial obligation can be requested only while the dossier is in processing; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dossier waiting for a financial obligation can have it fulfilled; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apology and a new date can be given only while the dossier is being handled; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apology with a new return date was already given for this dossier: the return date may be re-set only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result can be recorded only for a dossier in processing; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal decision can be recorded only for a dossier in processing; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a result or a refusal decision that is ready can be returned; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier can be stopped only while no result exists; this dossier is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request additional documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional documents received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a financial obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial obligation fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology and new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal decision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop / withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 is before the dossier&apos;s last recorded step (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the applicant must add or complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who hands over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new return date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new return time must be later than the promised time %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office that hands back the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal tracking number is required for a return by post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal tracking number has 6 to 30 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addressee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector&apos;s personal ID number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for stopping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierImport</name>
    <message>
        <source>The file has no dossier rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown procedure code "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel "%1" is not one of direct, postal, online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_at "%1" is not YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant_kind "%1" is not person or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date "%1" is not YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets "%1" is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return_method "%1" is not counter or post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierLifecycle</name>
    <message>
        <source>One-stop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dossiers to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSlips</name>
    <message>
        <source>Receipt and promised return time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to complete the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology and new return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing-control slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 has no %2.</source>
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
        <source>the same working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 working hours</source>
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
    <message numerus="yes">
        <source>the chain is shorter than the anchor: %n event(s) anchored, %1 present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>event %1 does not have the anchored hash: the history up to it was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Nothing was exported: the export could not be recorded in the event log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The export had been recorded in the event log before writing; it is now recorded as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The export had been recorded in the event log before writing, but its failure could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Một Cửa cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1

Work can go on; tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa cannot receive dossiers before the office is set up: its name is printed on every receipt and its code begins every dossier code.

Quit now and set it up at the next start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Set it up for the office&apos;s real work, or fill it with demo dossiers to train clerks? A training database is marked as such in the window&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up for real work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training database with demo dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo dossiers (ten years of them)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s settings are not complete: %1. Ask an administrator to fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound backup was found in %1. Tell the administrator before recording anything more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest sound backup is %1. Ask an administrator to restore it before recording anything more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest sound backup, %1? Everything recorded since then is replaced; a safety copy of the damaged database is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest sound backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from %1.
The damaged database was saved as %2.

Một Cửa closes now. Start it again and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup found the database damaged. No backup was made, so that the sound ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handovers</name>
    <message>
        <source>early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
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
    <message>
        <source>A personal ID number must contain digits only (0 to 9), 12 of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSlip</name>
    <message>
        <source>Request to complete the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to receive the dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSlipStore</name>
    <message>
        <source>No slip has the number %1.</source>
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
    <name>LunarCalendar</name>
    <message>
        <source>The date must be in the years %1 to %2.</source>
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
    <message>
        <source>Foreign key %1 of table %2 is not validated: rows may refer to missing ones.</source>
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
        <source>Written before the date: "Tân Hòa, ngày … tháng … năm …"</source>
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
        <source>Unknown setting "%1".</source>
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
    <message>
        <source>First day of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the office began using Một Cửa (YYYY-MM-DD): dossiers received before it are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute path of the folder for the backups, best on another disk; empty: the folder beside the program&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the newest dated backups stay in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, e.g. 2026-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the absolute path of a folder, e.g. /mnt/usb/motcua-backups (empty: the default folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>Password</name>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup: %1</source>
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
        <source>unit "%1" is not one of days, hours, same-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration "%1" is not a number (use a dot for fractions: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutoff must be 0 or 1, not "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure code may contain only the letters A–Z and a–z, digits, dots, dashes and underscores (at most 40, the first a letter or digit), e.g. 1.001193.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central level</source>
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
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
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
    <message>
        <source>%1 contains characters a name cannot have: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt %1 is before the office&apos;s first day of use, %2 (setting office.first_use_date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt %1 is before the applicant&apos;s date of birth, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Procedure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, within time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-progress dossiers are counted as of %1. Refusals at reception are not received dossiers; refusal decisions are counted among the finished ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE OFFICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportQueries</name>
    <message>
        <source>The period is not valid: the first day must not be after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
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
    <name>ServerSetup</name>
    <message>
        <source>server init sets up a PostgreSQL database: give its postgresql:// address (a file needs no set-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role name "%1" is not valid: lower-case letters, digits and _ (at most 63), not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner role and the application role must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run server init as the server&apos;s administrator, not as the role %1 it sets up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 created (it logs in; give it a password or a pg_hba.conf rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 created (the owner; nobody logs in as it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the roles failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the privileges failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables and %2 functions owned by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read and record; it may not change or delete %2, nor the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileges cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may %2 rows of %3: the history is not protected (run motcua server init again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter connects as %1, the owner of the events, who may change them: set the server up with motcua server init and connect as its application role.</source>
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
        <source>Cannot start printing "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of "%2".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish printing "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"%1" has no valid paper size.</source>
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
    <name>StepBudgets</name>
    <message>
        <source>The step budgets must be a JSON object such as {"counter": 0.5, "office": 2.5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step budget "%1" must be a number of working days from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>A username has 2 to 32 characters: letters a–z without diacritics, digits, dot, hyphen or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username "%1" is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account already exists: sign in, or ask the administrator for an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"%1" is the last active administrator: enable or add another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account "%1" is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account "%1" is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"%1" already has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in person can change their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked for %n minute(s), until %1.</source>
        <translation>
            <numerusform>Too many failed attempts: the account is locked for %n minute, until %1.</numerusform>
            <numerusform>Too many failed attempts: the account is locked for %n minutes, until %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed attempts. Try again in %n minute(s), at %1.</source>
        <translation>
            <numerusform>This account is locked after too many failed attempts. Try again in %n minute, at %1.</numerusform>
            <numerusform>This account is locked after too many failed attempts. Try again in %n minutes, at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name contains control characters (tabs, line breaks): they are not allowed.</source>
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
    <name>WorkingTime</name>
    <message>
        <source>%1 %2 of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working minute(s)</source>
        <translation>
            <numerusform>%n working minute</numerusform>
            <numerusform>%n working minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>Received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation>
            <numerusform>Due within %n working day</numerusform>
            <numerusform>Due within %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting additional documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results awaiting collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uncollected for over %n day(s)</source>
        <translation>
            <numerusform>Uncollected for over %n day</numerusform>
            <numerusform>Uncollected for over %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New return time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collector&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector&apos;s &amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original documents ta&amp;ken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant handed back the recei&amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorised person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving o&amp;ffice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the dossier over to the office that decides (or on to another office). Each handover is a row of the control slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting o&amp;ffice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant must add or complete documents: one item a line. A dossier may be asked to be completed only once; the clock stops until the documents arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents handed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant has handed in the additional documents: the clock runs again and the due time moves by the working time of the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant must pay a fee or tax before the dossier can be decided; the clock stops until it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial obligation is fulfilled: the clock runs again and the due time moves by the working time of the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason for the delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apology and new return date, signed by the head of the office. Allowed once; the original due time still decides whether the dossier is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From o&amp;ffice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office hands the result back to the counter, to be returned to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason for the refusal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office hands back a decision refusing the request; it is returned to the applicant like a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is returned to the applicant, at the counter or by post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant asks to stop: the dossier is withdrawn and a stop notice is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bligation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AnnouncementDialog</name>
    <message>
        <source>%1, now a day off (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now a working day (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off (an extra or moved holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day (a rest day worked in exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AnnouncementModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CalendarPage</name>
    <message>
        <source>Announcements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the announcement of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the announcement of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day becomes what the statutory rules make of it, and the deadlines of open dossiers are recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the announcement of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open dossier&apos;s deadline changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deadline of %n open dossier(s) was recomputed.</source>
        <translation>
            <numerusform>The deadline of %n open dossier was recomputed.</numerusform>
            <numerusform>The deadline of %n open dossiers was recomputed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the announcements of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce a day off or a working day (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected announcement (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: date,kind,name,legal_reference; kind is off or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the calendar; you can view and export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierListModel</name>
    <message>
        <source>The dossiers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date promised in the apology: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierListPage</name>
    <message>
        <source>Code, name (without accents is fine), ID number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deciding offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ dossiers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n dossier(s)</source>
        <translation>
            <numerusform>Transfer %n dossier</numerusform>
            <numerusform>Transfer %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over. Print the handover list now?</source>
        <translation>
            <numerusform>%n dossier handed over. Print the handover list now?</numerusform>
            <numerusform>%n dossiers handed over. Print the handover list now?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Transfer selected… (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected dossiers over to the deciding office together and print the handover list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierWindow</name>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by way of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
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
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised (new date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned:</source>
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
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book %1, no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the time of reception, on working days only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step budget of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more can be done: the dossier&apos;s life is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the %1 of dossier %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for dossier %1. Print the %2 for the applicant now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <name>motcua::IntakeSlipModel</name>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::IssuedSlipsDialog</name>
    <message numerus="yes">
        <source>The newest %n slips; search to find older ones.</source>
        <translation>
            <numerusform>The newest slip; search to find older ones.</numerusform>
            <numerusform>The newest %n slips; search to find older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s)</source>
        <translation>
            <numerusform>%n slip</numerusform>
            <numerusform>%n slips</numerusform>
        </translation>
    </message>
    <message>
        <source>Slips issued at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip number, name (diacritics optional), ID number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip no. %1 for %2 was printed before: this copy is marked "BẢN IN LẠI" and the reprint is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip no. %1 for %2 has not been printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Sign in — Một Cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
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
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole database with the backup %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded since that backup is replaced. A safety copy of the current database is saved first in %1.

Close Một Cửa on every other counter that uses this database before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from %1.
The previous database was saved as %2.

Một Cửa closes now. Start it again and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create training database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo dossiers (ten years of them)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo dossiers were generated in %2. Open the training database now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;training database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TRAINING]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slips issued at the counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page set&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Một Cửa %1&lt;/h3&gt;&lt;p&gt;Receiving dossiers of administrative procedures, promising exact return times, following each dossier to the return of its result.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;br&gt;SQLite %5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;Log: %7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một Cửa could not start again on %1. Start it again yourself: it opens that database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OfficeSettingsDialog</name>
    <message>
        <source>Set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Một Cửa.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Before the first dossier can be received, enter the office&apos;s details: its name and parent body are printed on every receipt and slip, and the office code begins every dossier code. You can change them later under Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are shared by every counter that uses this database. Names and codes appear on receipts and in dossier codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OpenDatabaseDialog</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or IP address, e.g. 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not encrypt (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of the database file, or choose it with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or address of the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Create a new, empty Một Cửa database there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to the person in private; they can change it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureTableModel</name>
    <message>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers received at or after %1 count from the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ProceduresPage</name>
    <message>
        <source>%1 You can search the catalogue and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code or name, with or without diacritics (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update procedures from a CSV file: all rows or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code, e.g. 1.001193</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents</source>
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
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers received at or after %1 count from the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message>
        <source>the new procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)?

It will no longer be offered at reception. Dossiers already received keep it, and it can be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8" and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new procedure(s), %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the catalogue to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step bud&amp;gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the working days each step may take. The control slip judges each handover early, on time or late against them. A step is the one-stop counter, the deciding office, or an office by its exact name (which wins over the deciding office). A step without a budget has until the dossier&apos;s due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An office&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step budgets, row %1: choose a step or type an office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step budgets: "%1" is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-stop counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decidi&amp;ng office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove b&amp;udget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use (offered at rece&amp;ption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
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
        <source>Type part of the name or the code, e.g. "khai sinh" or "1.0011"</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code of the chip ID card</source>
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
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
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
        <source>Postal address for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive and print receipt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applicant (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
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
        <translation>
            <numerusform>Warning: this applicant already has %n open dossier for the same procedure:
%1</numerusform>
            <numerusform>Warning: this applicant already has %n open dossiers for the same procedure:
%1</numerusform>
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
        <source>Slips issued… (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for completion and refusals recorded at the counter, to print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can ID card (F2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted b&amp;y an authorised person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;mitted via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents handed in (tick &amp;what was received; Space toggles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resu&amp;lt returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest completion (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref&amp;use (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds data that was not received. Clear it for a new applicant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal no. %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for completion no. %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal is recorded as slip no. %1. Print the slip for the applicant now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for completion is recorded as slip no. %1. Print the slip for the applicant now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReportTableModel</name>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of this line do not balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReportsPage</name>
    <message>
        <source>Supervisor board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By deciding office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By receiving clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register (Sổ theo dõi hồ sơ) lists the dossiers received in the period, one line each with every column of the official book: code, procedure, applicant, address and phone, deciding office, reception, promised and actual return, how the result is received, and a column to sign. It is kept per field. Every export is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early: finished before the due day. On time: on the due day, not after the due time. Late: after the due time (the apology&apos;s new date does not count). In progress: counted at the end of the period. Refusals at reception are not received dossiers. Average time: working days from reception to result, paused time excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate by month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue dossiers by deciding office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open dossiers overdue or due within %n working day(s), as of %1. Click a count to see the dossiers.</source>
        <translation>
            <numerusform>Open dossiers overdue or due within %n working day, as of %1. Click a count to see the dossiers.</numerusform>
            <numerusform>Open dossiers overdue or due within %n working days, as of %1. Click a count to see the dossiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ServerPasswordDialog</name>
    <message>
        <source>Password for the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the user %2 to open the database %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>&lt;i&gt;not set&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit office settings…</source>
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
    <message>
        <source>There is no printer named "%1": this computer has no printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer named "%1". Printers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::TimelineModel</name>
    <message>
        <source>Recorded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UserDialog</name>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Một Cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account exists yet. Create the administrator&apos;s account: the administrator adds the accounts of clerks and supervisors, and maintains the procedure catalogue, the working calendar and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signs in with this username and password, and can change the password later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UserModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled account cannot sign in; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows the account to sign in again, also after a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::YearView</name>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day by announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day by announcement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday or day off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
