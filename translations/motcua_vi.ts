<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Announcement</source>
        <translation>Thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Nghỉ Quốc khánh (hoán đổi)</source>
        <translation>ví dụ: Nghỉ Quốc khánh (hoán đổi)</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>&amp;Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>e.g. Văn bản 12729/VPCP-KGVX ngày 25/12/2025</source>
        <translation>ví dụ: Văn bản 12729/VPCP-KGVX ngày 25/12/2025</translation>
    </message>
</context>
<context>
    <name>Announcements</name>
    <message>
        <source>The date is not a valid day.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>The name contains control characters (tabs, line breaks).</source>
        <translation>Tên có ký tự điều khiển (tab, xuống dòng).</translation>
    </message>
    <message>
        <source>The legal reference contains control characters (tabs, line breaks).</source>
        <translation>Căn cứ pháp lý có ký tự điều khiển (tab, xuống dòng).</translation>
    </message>
    <message>
        <source>The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi)).</source>
        <translation>Phải nhập tên (ví dụ: Nghỉ Tết Dương lịch (hoán đổi)).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Tên dài quá %1 ký tự.</translation>
    </message>
    <message>
        <source>The legal reference is longer than %1 characters.</source>
        <translation>Căn cứ pháp lý dài quá %1 ký tự.</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>date "%1" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY).</source>
        <translation>ngày "%1" không đúng dạng YYYY-MM-DD (hoặc DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>kind "%1" is not one of off, work.</source>
        <translation>loại "%1" không phải off hoặc work.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Tệp sao lưu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation>Không đọc được tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a Một Cửa database.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu Một Cửa.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>Bản sao lưu %1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, newer than this program knows (%3). Install the newer version of Một Cửa to restore it.</source>
        <translation>Bản sao lưu %1 có lược đồ phiên bản %2, mới hơn phiên bản chương trình này hỗ trợ (%3). Hãy cài đặt phiên bản Một Cửa mới hơn để khôi phục.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>The file %1 already exists: choose another name.</source>
        <translation>Tệp %1 đã tồn tại: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Không ghi được bản sao lưu %1.</translation>
    </message>
    <message>
        <source>No safety copy of the current database could be made, so nothing was restored. %1</source>
        <translation>Không tạo được bản sao an toàn của cơ sở dữ liệu hiện tại nên chưa khôi phục gì. %1</translation>
    </message>
    <message>
        <source>The database could not be replaced (%1); it is unchanged.</source>
        <translation>Không thay thế được cơ sở dữ liệu (%1); cơ sở dữ liệu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Không tạo bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Backups of a database on a server are made with the server&apos;s own tools: pg_dump -Fc (package postgresql-client) to back up, pg_restore to restore. This version of Một Cửa backs up database files only.</source>
        <translation>Cơ sở dữ liệu trên máy chủ được sao lưu bằng công cụ của chính máy chủ: pg_dump -Fc (gói postgresql-client) để sao lưu, pg_restore để khôi phục. Phiên bản Một Cửa này chỉ sao lưu tệp cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was written, but recording it failed: %2</source>
        <translation>Đã ghi bản sao lưu %1 nhưng không ghi nhận được vào nhật ký: %2</translation>
    </message>
    <message>
        <source>The database was restored, but recording it failed: %1</source>
        <translation>Đã khôi phục cơ sở dữ liệu nhưng không ghi nhận được vào nhật ký: %1</translation>
    </message>
    <message>
        <source>The chain anchor could not be written to %1: %2</source>
        <translation>Không ghi được mốc kiểm tra chuỗi vào %1: %2</translation>
    </message>
    <message>
        <source>The chain anchors %1 cannot be read: %2</source>
        <translation>Không đọc được các mốc kiểm tra chuỗi %1: %2</translation>
    </message>
    <message>
        <source>not HASH:COUNT</source>
        <translation>không đúng dạng HASH:SỐ</translation>
    </message>
    <message>
        <source>Chain anchor %1 (%2, line %3): %4</source>
        <translation>Mốc kiểm tra chuỗi %1 (%2, dòng %3): %4</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Không lưu được lịch làm việc: %1</translation>
    </message>
    <message>
        <source>There is no announcement on %1 any more.</source>
        <translation>Không còn thông báo nào cho ngày %1.</translation>
    </message>
    <message>
        <source>%1 already has an announcement: edit that one instead.</source>
        <translation>Ngày %1 đã có thông báo: hãy sửa thông báo đó.</translation>
    </message>
    <message>
        <source>Line %1: the date %2 already appears on line %3.</source>
        <translation>Dòng %1: ngày %2 đã có ở dòng %3.</translation>
    </message>
    <message>
        <source>The file has no announcement rows.</source>
        <translation>Tệp không có dòng thông báo nào.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>CliParse</name>
    <message>
        <source>"%1" is not a date and time of the form YYYY-MM-DDTHH:MM (e.g. 2026-02-13T09:30).</source>
        <translation>"%1" không phải ngày giờ dạng YYYY-MM-DDTHH:MM (ví dụ: 2026-02-13T09:30).</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 không phải là một ngày có thật trong lịch.</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day (00:00 to 23:59).</source>
        <translation>%1:%2 không phải giờ trong ngày (từ 00:00 đến 23:59).</translation>
    </message>
    <message>
        <source>%1 does not exist in the office&apos;s time zone.</source>
        <translation>%1 không tồn tại theo múi giờ của cơ quan.</translation>
    </message>
    <message>
        <source>"%1" is not a number: write a number of 0 or more, with a dot for fractions (e.g. 3 or 0.5).</source>
        <translation>"%1" không phải là số: hãy ghi một số từ 0 trở lên, dùng dấu chấm cho số lẻ (ví dụ: 3 hoặc 0.5).</translation>
    </message>
    <message>
        <source>%1 is too long a duration: at most %2.</source>
        <translation>Thời hạn %1 quá dài: tối đa là %2.</translation>
    </message>
    <message>
        <source>"%1" is not a pause of the form FROM/TO (e.g. 2026-03-02T08:00/2026-03-04T16:00).</source>
        <translation>"%1" không phải khoảng tạm dừng dạng TỪ/ĐẾN (ví dụ: 2026-03-02T08:00/2026-03-04T16:00).</translation>
    </message>
    <message>
        <source>The pause %1 must end after it starts.</source>
        <translation>Khoảng tạm dừng %1 phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <source>"%1" is not a year from %2 to %3.</source>
        <translation>"%1" không phải là năm từ %2 đến %3.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Run "motcua %1 --help" for the options.</source>
        <translation>Chạy "motcua %1 --help" để xem các tùy chọn.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Hiện phiên bản.</translation>
    </message>
    <message>
        <source>Commands (run without a display):</source>
        <translation>Các lệnh (chạy không cần màn hình):</translation>
    </message>
    <message>
        <source>Without a command, the application window opens.</source>
        <translation>Không có lệnh thì cửa sổ chương trình sẽ mở ra.</translation>
    </message>
    <message>
        <source>Use the database file PATH (default: $MOTCUA_DATABASE, else %1).</source>
        <translation>Dùng tệp cơ sở dữ liệu PATH (mặc định: $MOTCUA_DATABASE, nếu không có thì %1).</translation>
    </message>
    <message>
        <source>Language of the interface: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run "motcua --help" for the list of commands.</source>
        <translation>Không có lệnh "%1". Chạy "motcua --help" để xem danh sách lệnh.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ "%1": dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Một Cửa: receiving and returning administrative-procedure dossiers.</source>
        <translation>Một Cửa: tiếp nhận và trả kết quả hồ sơ thủ tục hành chính.</translation>
    </message>
    <message>
        <source>A command to run headless.</source>
        <translation>Lệnh chạy không cần màn hình.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Phiên bản lược đồ:</translation>
    </message>
    <message>
        <source>Size (bytes):</source>
        <translation>Kích thước (byte):</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Số dòng của từng bảng:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Phát hiện %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Cơ sở dữ liệu nguyên vẹn, không có lỗi.</translation>
    </message>
    <message>
        <source>Show the database file, its schema version and row counts.</source>
        <translation>Hiện tệp cơ sở dữ liệu, phiên bản lược đồ và số dòng của từng bảng.</translation>
    </message>
    <message>
        <source>Audit trail broken at event %1: %2</source>
        <translation>Nhật ký kiểm tra bị hỏng tại sự kiện %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Use "settings list" or "settings set KEY VALUE".</source>
        <translation>Dùng "settings list" hoặc "settings set KHÓA GIÁ_TRỊ".</translation>
    </message>
    <message>
        <source>Name one CSV file.</source>
        <translation>Hãy chỉ ra một tệp CSV.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>Procedures imported: %1 new, %2 updated.</source>
        <translation>Đã nhập thủ tục: %1 mới, %2 cập nhật.</translation>
    </message>
    <message>
        <source>List the office&apos;s settings, or set one (validated as in the settings dialog).</source>
        <translation>Liệt kê các cài đặt của cơ quan, hoặc đặt một giá trị (kiểm tra như trong hộp thoại cài đặt).</translation>
    </message>
    <message>
        <source>list | set KEY VALUE</source>
        <translation>list | set KHÓA GIÁ_TRỊ</translation>
    </message>
    <message>
        <source>Import the procedure catalogue from CSV (code,name,field,level,duration,unit,cutoff,fee,office,documents); all rows or none.</source>
        <translation>Nhập danh mục thủ tục từ tệp CSV (code,name,field,level,duration,unit,cutoff,fee,office,documents); nhập tất cả các dòng hoặc không dòng nào.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>TỆP.csv</translation>
    </message>
    <message>
        <source>Register dossiers that arrived online or by post from CSV; prints each new dossier code; all rows or none.</source>
        <translation>Tiếp nhận các hồ sơ nộp trực tuyến hoặc qua bưu chính từ tệp CSV; in mã của từng hồ sơ mới; nhập tất cả các dòng hoặc không dòng nào.</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>Không có hồ sơ nào mang mã %1.</translation>
    </message>
    <message>
        <source>Write the backup to FILE (a new file). Without it, a dated backup goes into the backup folder.</source>
        <translation>Ghi bản sao lưu vào tệp FILE (một tệp mới). Nếu không có, bản sao lưu mang ngày giờ được ghi vào thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Confirm that the current database is to be replaced.</source>
        <translation>Xác nhận thay thế cơ sở dữ liệu hiện tại.</translation>
    </message>
    <message>
        <source>Name the backup file with --output FILE.</source>
        <translation>Hãy chỉ định tệp sao lưu bằng --output FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <source>Name the one backup file to restore: motcua restore FILE --yes</source>
        <translation>Hãy chỉ định một tệp sao lưu cần khôi phục: motcua restore FILE --yes</translation>
    </message>
    <message>
        <source>Restoring replaces the whole database %1 with the backup %2: everything recorded since that backup is replaced. A safety copy of the current database is saved first in %3.
Close Một Cửa on every counter using this database, then run the command again with --yes.</source>
        <translation>Khôi phục sẽ thay toàn bộ cơ sở dữ liệu %1 bằng bản sao lưu %2: mọi dữ liệu ghi nhận sau thời điểm sao lưu đó sẽ bị thay thế. Trước đó, một bản sao an toàn của cơ sở dữ liệu hiện tại được lưu vào %3.
Hãy đóng Một Cửa trên mọi máy đang dùng cơ sở dữ liệu này, rồi chạy lại lệnh với --yes.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <source>The previous database was saved as %1.</source>
        <translation>Cơ sở dữ liệu trước đó đã được lưu thành %1.</translation>
    </message>
    <message>
        <source>Make a consistent copy of the database, also while it is in use.</source>
        <translation>Sao lưu cơ sở dữ liệu thành một bản nhất quán, kể cả khi đang có người sử dụng.</translation>
    </message>
    <message>
        <source>[--output FILE]</source>
        <translation>[--output FILE]</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup, after a safety copy.</source>
        <translation>Khôi phục cơ sở dữ liệu từ một bản sao lưu đã được kiểm tra, sau khi tạo bản sao an toàn.</translation>
    </message>
    <message>
        <source>FILE --yes</source>
        <translation>FILE --yes</translation>
    </message>
    <message>
        <source>The person&apos;s full name (user add).</source>
        <translation>Họ và tên của người dùng (user add).</translation>
    </message>
    <message>
        <source>The role (user add): clerk, supervisor or admin.</source>
        <translation>Vai trò (user add): clerk (cán bộ một cửa), supervisor (lãnh đạo) hoặc admin (quản trị).</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Hai mật khẩu không khớp; chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>No password was given. Write it as the first line of standard input (passwords are never accepted as arguments).</source>
        <translation>Chưa có mật khẩu. Hãy ghi mật khẩu ở dòng đầu tiên của đầu vào chuẩn (không bao giờ nhận mật khẩu qua tham số dòng lệnh).</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bị khóa</translation>
    </message>
    <message>
        <source>Say what to do: user add, list, disable, enable or passwd.</source>
        <translation>Hãy cho biết thao tác: user add, list, disable, enable hoặc passwd.</translation>
    </message>
    <message>
        <source>Name the account: motcua user %1 USERNAME.</source>
        <translation>Hãy chỉ định tài khoản: motcua user %1 USERNAME.</translation>
    </message>
    <message>
        <source>Too many arguments. Passwords are read from standard input, never from the command line.</source>
        <translation>Thừa tham số. Mật khẩu chỉ được đọc từ đầu vào chuẩn, không bao giờ từ dòng lệnh.</translation>
    </message>
    <message>
        <source>--name and --role belong to "user add".</source>
        <translation>--name và --role chỉ dùng với "user add".</translation>
    </message>
    <message>
        <source>Give the role with --role clerk, --role supervisor or --role admin.</source>
        <translation>Hãy chỉ định vai trò bằng --role clerk, --role supervisor hoặc --role admin.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name with --name "Full Name".</source>
        <translation>Hãy nhập họ và tên bằng --name "Họ và tên".</translation>
    </message>
    <message>
        <source>The account "%1" was added.</source>
        <translation>Đã thêm tài khoản "%1".</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>Không có tài khoản "%1".</translation>
    </message>
    <message>
        <source>The password of "%1" was changed.</source>
        <translation>Đã đổi mật khẩu của "%1".</translation>
    </message>
    <message>
        <source>The account "%1" was enabled.</source>
        <translation>Đã kích hoạt lại tài khoản "%1".</translation>
    </message>
    <message>
        <source>The account "%1" was disabled.</source>
        <translation>Đã vô hiệu hóa tài khoản "%1".</translation>
    </message>
    <message>
        <source>Manage accounts: add, list, disable, enable, passwd (passwords from standard input).</source>
        <translation>Quản lý tài khoản: add, list, disable, enable, passwd (mật khẩu đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>add USERNAME --name "Full Name" --role clerk|supervisor|admin | list | disable USERNAME | enable USERNAME | passwd USERNAME</source>
        <translation>add USERNAME --name "Họ và tên" --role clerk|supervisor|admin | list | disable USERNAME | enable USERNAME | passwd USERNAME</translation>
    </message>
    <message>
        <source>The year to list or export (default: the current year for the list, every year for export).</source>
        <translation>Năm cần liệt kê hoặc xuất (mặc định: năm hiện tại khi liệt kê, mọi năm khi xuất).</translation>
    </message>
    <message>
        <source>With export: write the CSV to FILE instead of the standard output.</source>
        <translation>Khi xuất: ghi tệp CSV vào FILE thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Hãy ghi tên tệp CSV cần nhập.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>%1 không phải văn bản UTF-8: hãy lưu tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>Không có dữ liệu nào được nhập: hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Announcements: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Thông báo lịch nghỉ: %1 thêm mới, %2 thay đổi, %3 giữ nguyên.</translation>
    </message>
    <message>
        <source>Open dossiers whose deadline was recomputed: %1</source>
        <translation>Số hồ sơ đang giải quyết được tính lại hạn: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Unknown action "%1": use import FILE.csv, export, or --year YYYY alone.</source>
        <translation>Không có thao tác "%1": dùng import FILE.csv, export, hoặc chỉ --year YYYY.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Tham số "%1" không hợp lệ ở đây.</translation>
    </message>
    <message>
        <source>--output goes with export only.</source>
        <translation>--output chỉ dùng cùng export.</translation>
    </message>
    <message>
        <source>--year does not go with import: the file gives the dates.</source>
        <translation>--year không dùng cùng import: ngày đã có trong tệp.</translation>
    </message>
    <message>
        <source>When the complete dossier was received, office time.</source>
        <translation>Thời điểm tiếp nhận hồ sơ đầy đủ, theo giờ của cơ quan.</translation>
    </message>
    <message>
        <source>Duration in working days (fractions allowed: 0.5).</source>
        <translation>Thời hạn tính bằng ngày làm việc (được dùng số lẻ: 0.5).</translation>
    </message>
    <message>
        <source>Duration in working hours (fractions allowed: 1.5).</source>
        <translation>Thời hạn tính bằng giờ làm việc (được dùng số lẻ: 1.5).</translation>
    </message>
    <message>
        <source>Due at the end of the working day counting starts on.</source>
        <translation>Hạn vào cuối ngày làm việc bắt đầu tính thời hạn.</translation>
    </message>
    <message>
        <source>Apply the cut-off hour (office.cutoff, 15:00 by default): a dossier received at or after it counts from the next working day.</source>
        <translation>Áp dụng giờ chốt tiếp nhận (office.cutoff, mặc định 15:00): hồ sơ nhận từ giờ chốt trở đi được tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>After the due time, one line per step: date, kind (outside-hours, cutoff, non-working-day, pause) and explanation, separated by tabs.</source>
        <translation>Sau thời gian hẹn trả, in mỗi bước một dòng: ngày, loại (outside-hours, cutoff, non-working-day, pause) và giải thích, cách nhau bởi dấu tab.</translation>
    </message>
    <message>
        <source>A period when the clock stops (repeatable), office time.</source>
        <translation>Một khoảng tạm dừng tính thời hạn (dùng được nhiều lần), theo giờ của cơ quan.</translation>
    </message>
    <message>
        <source>Give the time of receipt: --received YYYY-MM-DDTHH:MM.</source>
        <translation>Hãy cho biết thời điểm tiếp nhận: --received YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Give exactly one of --days N, --hours N or --same-day.</source>
        <translation>Hãy dùng đúng một trong các tùy chọn --days N, --hours N hoặc --same-day.</translation>
    </message>
    <message>
        <source>No due time can be computed: the calendar has no working time (check the office hours and rest days in the settings).</source>
        <translation>Không tính được thời gian hẹn trả: lịch không có thời gian làm việc (hãy kiểm tra giờ làm việc và ngày nghỉ hằng tuần trong phần cài đặt).</translation>
    </message>
    <message>
        <source>List a year&apos;s weekdays off and weekend days worked; import or export the yearly announcements as CSV.</source>
        <translation>Liệt kê các ngày thường được nghỉ và ngày cuối tuần phải làm việc trong năm; nhập hoặc xuất các thông báo lịch nghỉ hằng năm dưới dạng CSV.</translation>
    </message>
    <message>
        <source>[--year YYYY] | import FILE.csv | export [--year YYYY] [--output FILE]</source>
        <translation>[--year YYYY] | import FILE.csv | export [--year YYYY] [--output FILE]</translation>
    </message>
    <message>
        <source>Compute a due time with the database&apos;s working calendar.</source>
        <translation>Tính thời gian hẹn trả kết quả theo lịch làm việc trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>--received YYYY-MM-DDTHH:MM (--days N | --hours N | --same-day) [--cutoff] [--explain] [--pause FROM/TO]…</source>
        <translation>--received YYYY-MM-DDTHH:MM (--days N | --hours N | --same-day) [--cutoff] [--explain] [--pause FROM/TO]…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Hẹn trả (mới):</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Quá hạn:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Tạm dừng:</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Giải quyết xong:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Đã trả kết quả:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Diễn biến:</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as "CSV UTF-8".</source>
        <translation>%1 không phải văn bản UTF-8: hãy lưu tệp dưới dạng "CSV UTF-8".</translation>
    </message>
    <message>
        <source>How many dossiers to generate (default 1000).</source>
        <translation>Số hồ sơ cần tạo (mặc định 1000).</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1): the same seed gives the same dossiers.</source>
        <translation>Hạt giống của các lựa chọn ngẫu nhiên (mặc định 1): cùng một hạt giống cho ra cùng các hồ sơ.</translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation>Chỉ in phần tóm tắt.</translation>
    </message>
    <message>
        <source>--count takes a whole number from 1 to 100000000.</source>
        <translation>--count nhận một số nguyên từ 1 đến 100000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed nhận một số nguyên.</translation>
    </message>
    <message>
        <source>generate-demo takes no arguments.</source>
        <translation>Lệnh generate-demo không nhận đối số.</translation>
    </message>
    <message>
        <source>%1 demo dossiers and %2 events generated in %3 s (%4 dossiers/s). This is a training database.</source>
        <translation>Đã tạo %1 hồ sơ mẫu và %2 sự kiện trong %3 giây (%4 hồ sơ/giây). Đây là cơ sở dữ liệu đào tạo.</translation>
    </message>
    <message>
        <source>Output format: text (default) or csv.</source>
        <translation>Định dạng đầu ra: text (mặc định) hoặc csv.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text or csv.</source>
        <translation>Không rõ định dạng "%1": dùng text hoặc csv.</translation>
    </message>
    <message>
        <source>overdue takes no arguments.</source>
        <translation>Lệnh overdue không nhận đối số.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue dossier(s) as of %1.</source>
        <translation>
            <numerusform>%n hồ sơ quá hạn tính đến %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Nhập kỳ báo cáo dạng --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The first day of the period is after the last.</source>
        <translation>Ngày đầu kỳ ở sau ngày cuối kỳ.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Ngày đầu kỳ.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Ngày cuối kỳ.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv, xlsx hoặc pdf.</translation>
    </message>
    <message>
        <source>Only the procedures of this field.</source>
        <translation>Chỉ các thủ tục thuộc lĩnh vực này.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv, xlsx or pdf.</source>
        <translation>Không rõ định dạng "%1": dùng csv, xlsx hoặc pdf.</translation>
    </message>
    <message>
        <source>Name the file to write with --output.</source>
        <translation>Hãy nêu tệp cần ghi bằng --output.</translation>
    </message>
    <message>
        <source>report takes no arguments.</source>
        <translation>Lệnh report không nhận đối số.</translation>
    </message>
    <message>
        <source>%1 procedure(s), %2 dossier(s) received; written to %3.</source>
        <translation>%1 thủ tục, %2 hồ sơ tiếp nhận; đã ghi vào %3.</translation>
    </message>
    <message>
        <source>Only the dossiers of this field (the register is kept per field).</source>
        <translation>Chỉ các hồ sơ thuộc lĩnh vực này (sổ theo dõi được lập theo từng lĩnh vực).</translation>
    </message>
    <message>
        <source>Name the file to write with --output FILE.pdf or FILE.csv.</source>
        <translation>Hãy nêu tệp cần ghi bằng --output FILE.pdf hoặc FILE.csv.</translation>
    </message>
    <message>
        <source>%1 dossier(s) in the register; written to %2.</source>
        <translation>%1 hồ sơ trong sổ theo dõi; đã ghi vào %2.</translation>
    </message>
    <message>
        <source>Fill a new or training database with realistic demo dossiers (ten years, with their events); marks it as a training database.</source>
        <translation>Tạo hồ sơ mẫu như thật (mười năm, kèm các sự kiện) vào một cơ sở dữ liệu mới hoặc cơ sở dữ liệu đào tạo; đánh dấu đó là cơ sở dữ liệu đào tạo.</translation>
    </message>
    <message>
        <source>--count N [--seed S]</source>
        <translation>--count N [--seed S]</translation>
    </message>
    <message>
        <source>List the open dossiers that are overdue now, earliest deadline first.</source>
        <translation>Liệt kê các hồ sơ đang giải quyết đã quá hạn, hạn sớm nhất trước.</translation>
    </message>
    <message>
        <source>[--format text|csv]</source>
        <translation>[--format text|csv]</translation>
    </message>
    <message>
        <source>Write the period report (per procedure, with a TOTAL line) as CSV, XLSX or PDF.</source>
        <translation>Xuất báo cáo theo kỳ (từng thủ tục, kèm dòng tổng TOTAL) ra CSV, XLSX hoặc PDF.</translation>
    </message>
    <message>
        <source>--from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --output FILE</source>
        <translation>--from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --output FILE</translation>
    </message>
    <message>
        <source>Use "print SLIP CODE --output FILE.pdf | --printer NAME [--copies N]", SLIP one of: %1; "print intake-slip NUMBER" with the same destinations; or "print register --from YYYY-MM-DD --to YYYY-MM-DD [--field FIELD] --output FILE.pdf|FILE.csv | --printer NAME [--copies N]".</source>
        <translation>Dùng "print PHIẾU MÃ_HỒ_SƠ --output TỆP.pdf | --printer TÊN_MÁY_IN [--copies N]", PHIẾU là một trong: %1; "print intake-slip SỐ_PHIẾU" với cùng các nơi in; hoặc "print register --from YYYY-MM-DD --to YYYY-MM-DD [--field LĨNH_VỰC] --output TỆP.pdf|TỆP.csv | --printer TÊN_MÁY_IN [--copies N]".</translation>
    </message>
    <message>
        <source>Print on this printer of the system (a CUPS queue, see lpstat -p) instead of writing a file.</source>
        <translation>In ra máy in này của hệ thống (một hàng đợi CUPS, xem lpstat -p) thay vì ghi ra tệp.</translation>
    </message>
    <message>
        <source>How many copies to print (1 to 99, default 1).</source>
        <translation>Số bản in (từ 1 đến 99, mặc định 1).</translation>
    </message>
    <message>
        <source>Use either --output FILE or --printer NAME, not both.</source>
        <translation>Chỉ dùng một trong hai: --output TỆP hoặc --printer TÊN_MÁY_IN.</translation>
    </message>
    <message>
        <source>Name the PDF file with --output FILE or the printer with --printer NAME.</source>
        <translation>Hãy chỉ ra tệp PDF bằng --output TỆP hoặc máy in bằng --printer TÊN_MÁY_IN.</translation>
    </message>
    <message>
        <source>--copies takes a whole number from 1 to 99.</source>
        <translation>--copies nhận một số nguyên từ 1 đến 99.</translation>
    </message>
    <message>
        <source>--copies goes with --printer NAME.</source>
        <translation>--copies chỉ dùng cùng với --printer TÊN_MÁY_IN.</translation>
    </message>
    <message>
        <source>Render to PDF or print on a printer a slip of a dossier (receipt, completion-request, apology, stop-notice, control-slip), a request for completion or refusal recorded at the counter (intake-slip NUMBER), or the register of a period (PDF or CSV).</source>
        <translation>Xuất ra PDF hoặc in ra máy in một phiếu của hồ sơ (receipt, completion-request, apology, stop-notice, control-slip), một phiếu yêu cầu bổ sung hoặc phiếu từ chối đã lập tại quầy (intake-slip SỐ_PHIẾU), hoặc sổ theo dõi hồ sơ của một kỳ (PDF hoặc CSV).</translation>
    </message>
    <message>
        <source>SLIP CODE | intake-slip NUMBER | register --from … --to … [--field …]; then --output FILE.pdf (register: or FILE.csv) | --printer NAME [--copies N]</source>
        <translation>PHIẾU MÃ_HỒ_SƠ | intake-slip SỐ_PHIẾU | register --from … --to … [--field …]; rồi --output TỆP.pdf (sổ theo dõi: hoặc TỆP.csv) | --printer TÊN_MÁY_IN [--copies N]</translation>
    </message>
    <message>
        <source>%1 dossier(s) in the register; sent to %2.</source>
        <translation>%1 hồ sơ trong sổ theo dõi; đã gửi tới máy in %2.</translation>
    </message>
    <message>
        <source>A chain anchor printed on a report or register ("Mã kiểm tra"): the chain must hold it.</source>
        <translation>Mốc kiểm tra chuỗi in trên báo cáo hoặc sổ theo dõi ("Mã kiểm tra"): chuỗi sự kiện phải chứa mốc này.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more difference(s) not listed.</source>
        <translation>
            <numerusform>… và %n sai lệch khác không liệt kê.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain anchor %1 (given): %2</source>
        <translation>Mốc kiểm tra chuỗi %1 (được nhập): %2</translation>
    </message>
    <message>
        <source>The anchor "%1" is not HASH:COUNT (16 to 64 hexadecimal digits, a colon, the number of events).</source>
        <translation>Mốc "%1" không đúng dạng HASH:SỐ (16 đến 64 chữ số thập lục phân, dấu hai chấm, số sự kiện).</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, foreign keys and audit trail: the event chain, the dossiers against their events, the chain anchors (exit 0 when clean, 1 when not).</source>
        <translation>Kiểm tra tính toàn vẹn, khóa ngoại và nhật ký kiểm tra của cơ sở dữ liệu: chuỗi sự kiện, hồ sơ đối chiếu với sự kiện của chúng, các mốc kiểm tra chuỗi (mã thoát 0 khi không có lỗi, 1 khi có).</translation>
    </message>
    <message>
        <source>--%1 does not apply to "%2".</source>
        <translation>--%1 không dùng cho "%2".</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 được nêu quá một lần.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not %3.</source>
        <translation>--%1: "%2" không phải là %3.</translation>
    </message>
    <message>
        <source>A note about the step.</source>
        <translation>Ghi chú về bước xử lý.</translation>
    </message>
    <message>
        <source>When it happened, office time (default: now).</source>
        <translation>Thời điểm thực hiện, theo giờ cơ quan (mặc định: bây giờ).</translation>
    </message>
    <message>
        <source>Read the dossier codes from standard input, one a line, and apply the action to all of them at once, or to none.</source>
        <translation>Đọc mã hồ sơ từ đầu vào chuẩn, mỗi dòng một mã, và thực hiện thao tác cho tất cả cùng lúc, hoặc không cho hồ sơ nào.</translation>
    </message>
    <message>
        <source>With --stdin the codes come from standard input: "dossier %1 --stdin".</source>
        <translation>Với --stdin, mã hồ sơ được đọc từ đầu vào chuẩn: "dossier %1 --stdin".</translation>
    </message>
    <message>
        <source>Use "dossier %1 CODE".</source>
        <translation>Dùng "dossier %1 MÃ_HỒ_SƠ".</translation>
    </message>
    <message>
        <source>No dossier codes on standard input.</source>
        <translation>Đầu vào chuẩn không có mã hồ sơ nào.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>dòng %1: </translation>
    </message>
    <message>
        <source>Use "dossier show CODE" or "dossier ACTION CODE", ACTION one of: %1.</source>
        <translation>Dùng "dossier show MÃ_HỒ_SƠ" hoặc "dossier THAO_TÁC MÃ_HỒ_SƠ", THAO_TÁC là một trong: %1.</translation>
    </message>
    <message>
        <source>Show a dossier (status, due and promised times, overdue flag, pause, and its timeline, one event a line), or take a step of its life as the dossier window does: transfer, request-documents, documents-received, request-payment, payment-done, apology, result, refusal, return, withdraw.</source>
        <translation>Hiện một hồ sơ (trạng thái, hạn giải quyết và thời gian hẹn trả, quá hạn hay không, tạm dừng, và diễn biến, mỗi sự kiện một dòng), hoặc thực hiện một bước xử lý hồ sơ như cửa sổ hồ sơ: transfer (chuyển), request-documents (yêu cầu bổ sung), documents-received (đã nhận bổ sung), request-payment (yêu cầu nghĩa vụ tài chính), payment-done (đã thực hiện nghĩa vụ tài chính), apology (xin lỗi và hẹn lại), result (nhận kết quả), refusal (nhận quyết định từ chối), return (trả kết quả), withdraw (dừng/rút hồ sơ).</translation>
    </message>
    <message>
        <source>show CODE | ACTION CODE | ACTION --stdin</source>
        <translation>show MÃ_HỒ_SƠ | THAO_TÁC MÃ_HỒ_SƠ | THAO_TÁC --stdin</translation>
    </message>
    <message>
        <source>The password is not valid UTF-8 text; nothing was changed. Set the terminal or the file to UTF-8.</source>
        <translation>Mật khẩu không phải văn bản UTF-8 hợp lệ; không có gì thay đổi. Hãy đặt cửa sổ dòng lệnh hoặc tệp sang mã UTF-8.</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Máy chủ cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Phiên bản máy chủ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>The role that owns the schema; nobody logs in as it (default %1).</source>
        <translation>Vai trò sở hữu lược đồ; không ai đăng nhập bằng vai trò này (mặc định %1).</translation>
    </message>
    <message>
        <source>The role the counters log in as (default %1).</source>
        <translation>Vai trò mà các quầy đăng nhập (mặc định %1).</translation>
    </message>
    <message>
        <source>Say what to do: motcua server init postgresql://ADMIN@HOST/DBNAME.</source>
        <translation>Hãy nói cần làm gì: motcua server init postgresql://QUẢN_TRỊ@MÁY_CHỦ/TÊN_CSDL.</translation>
    </message>
    <message>
        <source>Set up a PostgreSQL database for the counters, once, as the server&apos;s administrator: the schema, an owner role and an application role that cannot rewrite the history.</source>
        <translation>Thiết lập một lần cơ sở dữ liệu PostgreSQL cho các quầy, do người quản trị máy chủ chạy: lược đồ, một vai trò sở hữu và một vai trò ứng dụng không thể sửa lại lịch sử.</translation>
    </message>
    <message>
        <source>init postgresql://ADMIN@HOST[:PORT]/DBNAME</source>
        <translation>init postgresql://QUẢN_TRỊ@MÁY_CHỦ[:CỔNG]/TÊN_CSDL</translation>
    </message>
    <message>
        <source>The new database: a SQLite file that does not exist yet (or is empty), or an empty PostgreSQL database (postgresql://user@host:port/dbname).</source>
        <translation>Cơ sở dữ liệu mới: một tệp SQLite chưa có (hoặc rỗng), hoặc một cơ sở dữ liệu PostgreSQL trống (postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <source>migrate takes no arguments: name the new database with --to TARGET.</source>
        <translation>Lệnh migrate không nhận tham số: hãy chỉ cơ sở dữ liệu mới bằng --to TARGET.</translation>
    </message>
    <message>
        <source>Name the new database with --to TARGET.</source>
        <translation>Hãy chỉ cơ sở dữ liệu mới bằng --to TARGET.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows copied</source>
        <translation>%1: đã chép %2 trên %3 dòng</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>Đã chép %1 sang %2.</translation>
    </message>
    <message numerus="yes">
        <source>Row counts and the dossiers checked against their history; the audit trail verified: %n event(s).</source>
        <translation>
            <numerusform>Đã kiểm tra số dòng và đối chiếu hồ sơ với lịch sử của chúng; đã xác minh nhật ký kiểm tra: %n sự kiện.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the whole database (--database, only read) into a new, empty one given by --to: a SQLite file or a PostgreSQL database. One transaction, verified before it is committed; a refused or failed copy leaves the target as it was.</source>
        <translation>Chép toàn bộ cơ sở dữ liệu (--database, chỉ đọc) sang một cơ sở dữ liệu mới, trống, chỉ bằng --to: một tệp SQLite hoặc một cơ sở dữ liệu PostgreSQL. Một giao dịch duy nhất, được kiểm tra trước khi ghi hẳn; lần chép bị từ chối hoặc thất bại để nguyên nơi đích như cũ.</translation>
    </message>
    <message>
        <source>--to FILE.sqlite|postgresql://user@host:port/dbname</source>
        <translation>--to FILE.sqlite|postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Dòng %1: một trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is expected.</source>
        <translation>Tệp rỗng: cần có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1. Expected: %2</source>
        <translation>Dòng 1: dòng tiêu đề thiếu cột %1. Cần có: %2</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; put the whole field in double quotes.</source>
        <translation>Dòng %1: có chữ đứng sau dấu ngoặc kép đóng của một trường; hãy đặt cả trường trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>Line %1: a double quote inside a field that does not start with one; put the whole field in double quotes and double the quote inside.</source>
        <translation>Dòng %1: có dấu ngoặc kép bên trong một trường không bắt đầu bằng dấu ngoặc kép; hãy đặt cả trường trong dấu ngoặc kép và viết dấu ngoặc kép bên trong thành hai dấu.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s), but the header has %2; a value with a comma must be in double quotes.</source>
        <translation>
            <numerusform>Dòng %1: có %n trường, nhưng dòng tiêu đề có %2; giá trị có dấu phẩy phải đặt trong dấu ngoặc kép.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database path %1 is a folder, not a file.</source>
        <translation>Đường dẫn cơ sở dữ liệu %1 là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Không tạo được thư mục %1 để chứa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database cannot be created there.</source>
        <translation>Thư mục %1 chỉ cho phép đọc: không thể tạo cơ sở dữ liệu ở đó.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>Không đọc được tệp cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Một Cửa database.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu Một Cửa.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask the administrator to give this account permission to write it.</source>
        <translation>Tệp cơ sở dữ liệu %1 chỉ cho phép đọc. Đề nghị quản trị viên cấp quyền ghi tệp cho tài khoản này.</translation>
    </message>
    <message>
        <source>The folder of the database file %1 is read-only.</source>
        <translation>Thư mục chứa tệp cơ sở dữ liệu %1 chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program and stayed locked for %2 seconds. Close the other program or try again later.</source>
        <translation>Cơ sở dữ liệu %1 đang bị chương trình khác khóa quá %2 giây. Hãy đóng chương trình đó hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation>Tệp cơ sở dữ liệu %1 chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Install the newer version of Một Cửa.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, mới hơn phiên bản chương trình này hỗ trợ (%3). Hãy cài đặt phiên bản Một Cửa mới hơn.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Thiếu tệp nâng cấp %1.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The Một Cửa database %1 is damaged (%2). Do not record anything more in it: restore the latest good backup.</source>
        <translation>Cơ sở dữ liệu Một Cửa %1 bị hỏng (%2). Đừng ghi thêm gì vào đó: hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Tệp cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it holds no Một Cửa data. Check the path, or restore a backup.</source>
        <translation>Tệp cơ sở dữ liệu %1 trống (0 byte): không chứa dữ liệu Một Cửa nào. Hãy kiểm tra đường dẫn, hoặc khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this program&apos;s (%3). This command only reads and does not upgrade it: open it once with the window or with a command that writes.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, cũ hơn phiên bản của chương trình này (%3). Lệnh này chỉ đọc nên không nâng cấp nó: hãy mở nó một lần bằng cửa sổ chương trình hoặc bằng một lệnh có ghi dữ liệu.</translation>
    </message>
    <message>
        <source>No database server answers at %1 (%2). Check the address and that the server is running.</source>
        <translation>Không có máy chủ cơ sở dữ liệu nào trả lời tại %1 (%2). Hãy kiểm tra địa chỉ và xem máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>The database server %1 refused the user %2 (%3). Check the user name and its password (in ~/.pgpass, or typed in the window).</source>
        <translation>Máy chủ cơ sở dữ liệu %1 từ chối người dùng %2 (%3). Hãy kiểm tra tên người dùng và mật khẩu (trong ~/.pgpass, hoặc nhập trong cửa sổ).</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server %2: the server&apos;s administrator creates it.</source>
        <translation>Cơ sở dữ liệu %1 không có trên máy chủ %2: người quản trị máy chủ cần tạo nó.</translation>
    </message>
    <message>
        <source>The database user may not do this on %1 (%2). Ask the server&apos;s administrator for the privileges.</source>
        <translation>Người dùng cơ sở dữ liệu không được phép làm việc này trên %1 (%2). Hãy đề nghị người quản trị máy chủ cấp quyền.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql): cannot open %1.</source>
        <translation>Chưa cài trình điều khiển PostgreSQL của Qt (gói Debian libqt6sql6-psql): không mở được %1.</translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another application, not a Một Cửa database. Give Một Cửa an empty database of its own.</source>
        <translation>Cơ sở dữ liệu %1 chứa các bảng của một ứng dụng khác, không phải cơ sở dữ liệu Một Cửa. Hãy dành cho Một Cửa một cơ sở dữ liệu trống của riêng nó.</translation>
    </message>
    <message>
        <source>the schema version cannot be read</source>
        <translation>không đọc được phiên bản lược đồ</translation>
    </message>
    <message>
        <source>The database %1 is empty: it holds no Một Cửa data yet.</source>
        <translation>Cơ sở dữ liệu %1 còn trống: chưa có dữ liệu Một Cửa nào.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this program&apos;s (%3), and this user may not upgrade it: the server&apos;s administrator runs motcua server init with this version.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ phiên bản %2, cũ hơn của chương trình này (%3), và người dùng này không được phép nâng cấp: người quản trị máy chủ cần chạy motcua server init bằng phiên bản này.</translation>
    </message>
    <message>
        <source>The database file %1 is not empty: a new database is made only in a new or empty file.</source>
        <translation>Tệp cơ sở dữ liệu %1 không trống: cơ sở dữ liệu mới chỉ được tạo trong một tệp mới hoặc rỗng.</translation>
    </message>
    <message>
        <source>Creating the database failed: %1</source>
        <translation>Tạo cơ sở dữ liệu thất bại: %1</translation>
    </message>
    <message>
        <source>The database %1 is not empty: it already holds tables. A new database is made only in an empty one.</source>
        <translation>Cơ sở dữ liệu %1 không trống: đã có các bảng. Chỉ tạo cơ sở dữ liệu mới trong một cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The target %1 is the source itself: name a new file or an empty database.</source>
        <translation>Nơi đích %1 chính là nguồn: hãy chỉ một tệp mới hoặc một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The target %1 is not empty: the copy goes only into a new file or an empty database, and this one was left as it was.</source>
        <translation>Nơi đích %1 không trống: bản chép chỉ được ghi vào một tệp mới hoặc một cơ sở dữ liệu trống; nơi này được để nguyên như cũ.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Không ghi được vào thư mục %1: %2</translation>
    </message>
    <message>
        <source>Writing the copy failed: %1</source>
        <translation>Ghi bản chép thất bại: %1</translation>
    </message>
    <message>
        <source>Cannot rename the copy to %1.</source>
        <translation>Không đổi được tên bản chép thành %1.</translation>
    </message>
    <message>
        <source>Preparing the target failed: %1</source>
        <translation>Chuẩn bị nơi đích thất bại: %1</translation>
    </message>
    <message>
        <source>The source&apos;s table %1 has no column %2.</source>
        <translation>Bảng %1 của nguồn không có cột %2.</translation>
    </message>
    <message>
        <source>The target has no table %1.</source>
        <translation>Nơi đích không có bảng %1.</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Chép bảng %1 thất bại: %2</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>Đọc bảng %1 thất bại: %2</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the source and %3 in the copy: nothing was written to the target.</source>
        <translation>Bảng %1 có %2 dòng ở nguồn và %3 dòng ở bản chép: chưa ghi gì vào nơi đích.</translation>
    </message>
    <message>
        <source>Verifying the copy failed: %1</source>
        <translation>Kiểm tra bản chép thất bại: %1</translation>
    </message>
    <message>
        <source>The source&apos;s counts of dossiers per status do not match its dossiers: nothing was written to the target. Run "motcua check" on the source.</source>
        <translation>Số hồ sơ theo trạng thái của nguồn không khớp với các hồ sơ của nó: chưa ghi gì vào nơi đích. Hãy chạy "motcua check" trên nguồn.</translation>
    </message>
    <message>
        <source>The audit trail of the copy is broken at event %1 (%2): nothing was written to the target. Run "motcua check" on the source.</source>
        <translation>Nhật ký kiểm tra của bản chép bị đứt tại sự kiện %1 (%2): chưa ghi gì vào nơi đích. Hãy chạy "motcua check" trên nguồn.</translation>
    </message>
    <message>
        <source>The audit trail of the copy does not end where the source&apos;s does: nothing was written to the target.</source>
        <translation>Nhật ký kiểm tra của bản chép không kết thúc ở chỗ của nguồn: chưa ghi gì vào nơi đích.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of the copy differ from their history (%1): nothing was written to the target. Run "motcua check" on the source.</source>
        <translation>
            <numerusform>%n hồ sơ của bản chép khác với lịch sử của chúng (%1): chưa ghi gì vào nơi đích. Hãy chạy "motcua check" trên nguồn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database was named.</source>
        <translation>Chưa nêu cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The database address must not hold a password: put it in ~/.pgpass (or the file named by PGPASSFILE), or let the window ask for it.</source>
        <translation>Địa chỉ cơ sở dữ liệu không được chứa mật khẩu: hãy ghi mật khẩu vào ~/.pgpass (hoặc tệp do PGPASSFILE chỉ định), hoặc để cửa sổ hỏi.</translation>
    </message>
    <message>
        <source>The port in the database address %1 is not a number from 1 to 65535.</source>
        <translation>Cổng trong địa chỉ cơ sở dữ liệu %1 không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The database address %1 names no database: write postgresql://[user@]host[:port]/dbname.</source>
        <translation>Địa chỉ cơ sở dữ liệu %1 không nêu tên cơ sở dữ liệu: hãy viết postgresql://[người_dùng@]máy_chủ[:cổng]/tên_csdl.</translation>
    </message>
    <message>
        <source>%1 on server %2</source>
        <translation>%1 trên máy chủ %2</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>Received at %1, outside working hours: counting starts at %2</source>
        <translation>Tiếp nhận lúc %1, ngoài giờ làm việc: bắt đầu tính từ %2</translation>
    </message>
    <message>
        <source>Received at %1, at or after the cut-off time: counting starts at %2, on the next working day</source>
        <translation>Tiếp nhận lúc %1, từ giờ chốt trở đi: bắt đầu tính từ %2, ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation>%1 không phải ngày làm việc: %2</translation>
    </message>
    <message>
        <source>Paused from %1 to %2: the deadline moves by %3 of working time</source>
        <translation>Tạm dừng từ %1 đến %2: hạn giải quyết lùi thêm %3 thời gian làm việc</translation>
    </message>
    <message>
        <source>Paused from %1 to %2 (%3): the deadline moves by %4 of working time</source>
        <translation>Tạm dừng từ %1 đến %2 (%3): hạn giải quyết lùi thêm %4 thời gian làm việc</translation>
    </message>
    <message>
        <source>Extended to %1</source>
        <translation>Gia hạn đến %1</translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation>Gia hạn đến %1: %2</translation>
    </message>
    <message>
        <source>Paused since %1: the deadline will move by the working time of the pause</source>
        <translation>Đang tạm dừng từ %1: khi tiếp tục, hạn giải quyết lùi thêm đúng thời gian làm việc đã tạm dừng</translation>
    </message>
    <message>
        <source>Paused since %1 (%2): the deadline will move by the working time of the pause</source>
        <translation>Đang tạm dừng từ %1 (%2): khi tiếp tục, hạn giải quyết lùi thêm đúng thời gian làm việc đã tạm dừng</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>The deadlines could not be read: %1</source>
        <translation>Không đọc được hạn giải quyết: %1</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>No deadline can be computed for the dossier %1: check the working calendar and office hours.</source>
        <translation>Không tính được hạn giải quyết của hồ sơ %1: hãy kiểm tra lịch làm việc và giờ làm việc.</translation>
    </message>
    <message>
        <source>The deadline of the dossier %1 could not be saved: %2</source>
        <translation>Không lưu được hạn giải quyết của hồ sơ %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of dossiers must be positive.</source>
        <translation>Số hồ sơ phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>This database holds %1 real dossiers: demo dossiers are generated only into an empty database or a training database. Use a new file (--database PATH).</source>
        <translation>Cơ sở dữ liệu này có %1 hồ sơ thật: hồ sơ mẫu chỉ được tạo vào cơ sở dữ liệu trống hoặc cơ sở dữ liệu đào tạo. Hãy dùng một tệp mới (--database PATH).</translation>
    </message>
    <message>
        <source>The procedure catalogue is empty: import procedures first.</source>
        <translation>Danh mục thủ tục đang trống: hãy nhập danh mục thủ tục trước.</translation>
    </message>
    <message>
        <source>Demo dossiers are generated into a database file: generate them into a file, then copy it to the server with motcua migrate --to.</source>
        <translation>Hồ sơ mẫu được tạo vào một tệp cơ sở dữ liệu: hãy tạo vào một tệp, rồi chép lên máy chủ bằng motcua migrate --to.</translation>
    </message>
</context>
<context>
    <name>DialogSupport</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Hai mật khẩu không khớp. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Đã lưu thành %1</translation>
    </message>
</context>
<context>
    <name>DossierAudit</name>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The dossiers cannot be read: %1</source>
        <translation>Không đọc được hồ sơ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refer to dossier %1, which does not exist</source>
        <translation>
            <numerusform>%n sự kiện thuộc hồ sơ %1, hồ sơ này không tồn tại</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier %1 has no events: its history was removed</source>
        <translation>Hồ sơ %1 không có sự kiện nào: lịch sử của hồ sơ đã bị xóa</translation>
    </message>
    <message>
        <source>Dossier %1 has no reception event</source>
        <translation>Hồ sơ %1 không có sự kiện tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier %1: %2 is %3 in the row, its events say %4</source>
        <translation>Hồ sơ %1: %2 trong bản ghi là %3, các sự kiện của hồ sơ cho biết %4</translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n lần tạm dừng</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier %1: the applicant&apos;s data (applicant_*, proxy_*) are not those received</source>
        <translation>Hồ sơ %1: thông tin người nộp (applicant_*, proxy_*) không phải là thông tin đã tiếp nhận</translation>
    </message>
    <message>
        <source>The triggers cannot be read: %1</source>
        <translation>Không đọc được các trigger: %1</translation>
    </message>
    <message>
        <source>The events table has an unexpected trigger %1</source>
        <translation>Bảng sự kiện có trigger lạ %1</translation>
    </message>
    <message>
        <source>The append-only trigger %1 was changed: the events are not protected</source>
        <translation>Trigger chống sửa xóa %1 đã bị thay đổi: các sự kiện không còn được bảo vệ</translation>
    </message>
    <message>
        <source>The append-only trigger %1 is missing: the events are not protected</source>
        <translation>Thiếu trigger chống sửa xóa %1: các sự kiện không còn được bảo vệ</translation>
    </message>
    <message>
        <source>The append-only trigger %1 is disabled: the events are not protected</source>
        <translation>Trigger chống sửa xóa %1 đã bị tắt: các sự kiện không còn được bảo vệ</translation>
    </message>
</context>
<context>
    <name>DossierFlow</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Only a dossier that is received or in processing can be transferred; this dossier is %1.</source>
        <translation>Chỉ chuyển được hồ sơ đã tiếp nhận hoặc đang xử lý; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Additional documents can be requested only while the dossier is in processing; this dossier is %1.</source>
        <translation>Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ khi hồ sơ đang xử lý; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Additional documents were already requested for this dossier: a dossier may be asked to be completed only once.</source>
        <translation>Hồ sơ này đã được yêu cầu bổ sung: mỗi hồ sơ chỉ được yêu cầu bổ sung, hoàn thiện một lần.</translation>
    </message>
    <message>
        <source>Only a dossier waiting for additional documents can receive them; this dossier is %1.</source>
        <translation>Chỉ hồ sơ đang chờ bổ sung mới nhận được giấy tờ bổ sung; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>A financial obligation can be requested only while the dossier is in processing; this dossier is %1.</source>
        <translation>Chỉ yêu cầu thực hiện nghĩa vụ tài chính khi hồ sơ đang xử lý; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a dossier waiting for a financial obligation can have it fulfilled; this dossier is %1.</source>
        <translation>Chỉ hồ sơ đang chờ thực hiện nghĩa vụ tài chính mới ghi nhận được việc đã thực hiện; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>An apology and a new date can be given only while the dossier is being handled; this dossier is %1.</source>
        <translation>Chỉ xin lỗi và hẹn lại ngày trả khi hồ sơ còn đang giải quyết; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>An apology with a new return date was already given for this dossier: the return date may be re-set only once.</source>
        <translation>Hồ sơ này đã có phiếu xin lỗi và hẹn lại ngày trả kết quả: chỉ được hẹn lại ngày trả một lần.</translation>
    </message>
    <message>
        <source>A result can be recorded only for a dossier in processing; this dossier is %1.</source>
        <translation>Chỉ ghi nhận kết quả cho hồ sơ đang xử lý; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>A refusal decision can be recorded only for a dossier in processing; this dossier is %1.</source>
        <translation>Chỉ ghi nhận văn bản từ chối cho hồ sơ đang xử lý; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Only a result or a refusal decision that is ready can be returned; this dossier is %1.</source>
        <translation>Chỉ trả được kết quả hoặc văn bản từ chối đã có; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>A dossier can be stopped only while no result exists; this dossier is %1.</source>
        <translation>Chỉ dừng giải quyết được khi hồ sơ chưa có kết quả; hồ sơ này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Request additional documents</source>
        <translation>Yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Additional documents received</source>
        <translation>Đã nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Request a financial obligation</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Financial obligation fulfilled</source>
        <translation>Đã thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Apology and new date</source>
        <translation>Xin lỗi và hẹn lại ngày trả</translation>
    </message>
    <message>
        <source>Result received</source>
        <translation>Nhận kết quả giải quyết</translation>
    </message>
    <message>
        <source>Refusal decision received</source>
        <translation>Nhận văn bản từ chối giải quyết</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Stop / withdraw</source>
        <translation>Dừng giải quyết / rút hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Slip reprinted</source>
        <translation>In lại phiếu</translation>
    </message>
    <message>
        <source>Slip printed</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source>Deadline recomputed</source>
        <translation>Tính lại hạn giải quyết</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bên giao</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation>Tạm dừng từ</translation>
    </message>
    <message>
        <source>Previous due time</source>
        <translation>Hạn giải quyết trước đó</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Hạn giải quyết mới</translation>
    </message>
    <message>
        <source>Previously promised</source>
        <translation>Thời gian đã hẹn trả</translation>
    </message>
    <message>
        <source>New promised time</source>
        <translation>Thời gian hẹn trả mới</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Kind of result</source>
        <translation>Loại kết quả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Hình thức trả</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <source>Collector&apos;s ID</source>
        <translation>Số định danh người nhận</translation>
    </message>
    <message>
        <source>Collected as</source>
        <translation>Nhận với tư cách</translation>
    </message>
    <message>
        <source>Originals taken back</source>
        <translation>Đã trả lại bản gốc</translation>
    </message>
    <message>
        <source>Receipt handed back</source>
        <translation>Đã nộp lại giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Postal tracking number</source>
        <translation>Mã bưu gửi</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation>người nộp hồ sơ</translation>
    </message>
    <message>
        <source>authorised person</source>
        <translation>người được ủy quyền</translation>
    </message>
    <message>
        <source>refusal decision</source>
        <translation>văn bản từ chối</translation>
    </message>
    <message>
        <source>result</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation>Thời gian %1 ở tương lai.</translation>
    </message>
    <message>
        <source>The time %1 is before the dossier&apos;s last recorded step (%2).</source>
        <translation>Thời gian %1 sớm hơn bước đã ghi nhận gần nhất của hồ sơ (%2).</translation>
    </message>
    <message>
        <source>A listed item</source>
        <translation>Một nội dung trong danh sách</translation>
    </message>
    <message>
        <source>List what the applicant must add or complete.</source>
        <translation>Hãy liệt kê những gì người nộp phải bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>At most %1 items.</source>
        <translation>Tối đa %1 nội dung.</translation>
    </message>
    <message>
        <source>The name of who hands over</source>
        <translation>Họ tên người giao</translation>
    </message>
    <message>
        <source>The name of who receives</source>
        <translation>Họ tên người nhận</translation>
    </message>
    <message>
        <source>The receiving office</source>
        <translation>Cơ quan, đơn vị nhận</translation>
    </message>
    <message>
        <source>The reason for the request</source>
        <translation>Lý do yêu cầu</translation>
    </message>
    <message>
        <source>The requesting office</source>
        <translation>Cơ quan, đơn vị yêu cầu</translation>
    </message>
    <message>
        <source>The financial obligation</source>
        <translation>Nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>The reason for the delay</source>
        <translation>Lý do chậm trễ</translation>
    </message>
    <message>
        <source>The new return date is required.</source>
        <translation>Cần nhập ngày hẹn trả mới.</translation>
    </message>
    <message>
        <source>The new return time must be later than the promised time %1.</source>
        <translation>Thời gian hẹn trả mới phải sau thời gian đã hẹn %1.</translation>
    </message>
    <message>
        <source>The office that hands back the result</source>
        <translation>Cơ quan, đơn vị giao trả kết quả</translation>
    </message>
    <message>
        <source>The description of the result</source>
        <translation>Nội dung kết quả</translation>
    </message>
    <message>
        <source>The reason for the refusal</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>The postal tracking number is required for a return by post.</source>
        <translation>Trả kết quả qua bưu chính phải có mã bưu gửi.</translation>
    </message>
    <message>
        <source>The postal tracking number has 6 to 30 letters and digits.</source>
        <translation>Mã bưu gửi gồm 6 đến 30 chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>The addressee&apos;s name</source>
        <translation>Họ tên người nhận bưu gửi</translation>
    </message>
    <message>
        <source>The collector&apos;s name</source>
        <translation>Họ tên người nhận kết quả</translation>
    </message>
    <message>
        <source>The collector&apos;s personal ID number is required.</source>
        <translation>Cần nhập số định danh cá nhân của người nhận kết quả.</translation>
    </message>
    <message>
        <source>The reason for stopping</source>
        <translation>Lý do dừng giải quyết</translation>
    </message>
</context>
<context>
    <name>DossierImport</name>
    <message>
        <source>The file has no dossier rows.</source>
        <translation>Tệp không có dòng hồ sơ nào.</translation>
    </message>
    <message>
        <source>unknown procedure code "%1".</source>
        <translation>không có thủ tục mã "%1".</translation>
    </message>
    <message>
        <source>channel "%1" is not one of direct, postal, online.</source>
        <translation>kênh nộp "%1" không phải là direct, postal hoặc online.</translation>
    </message>
    <message>
        <source>received_at "%1" is not YYYY-MM-DDTHH:MM.</source>
        <translation>received_at "%1" không đúng dạng YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>applicant_kind "%1" is not person or organisation.</source>
        <translation>applicant_kind "%1" không phải là person hoặc organisation.</translation>
    </message>
    <message>
        <source>birth_date "%1" is not YYYY-MM-DD.</source>
        <translation>birth_date "%1" không đúng dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>sets "%1" is not a number.</source>
        <translation>sets "%1" không phải là số.</translation>
    </message>
    <message>
        <source>return_method "%1" is not counter or post.</source>
        <translation>return_method "%1" không phải là counter hoặc post.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>DossierLifecycle</name>
    <message>
        <source>One-stop counter</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>The dossier could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose the dossiers to hand over.</source>
        <translation>Hãy chọn các hồ sơ cần bàn giao.</translation>
    </message>
    <message>
        <source>The dossiers could not be saved: %1</source>
        <translation>Không lưu được các hồ sơ: %1</translation>
    </message>
    <message>
        <source>%1: listed twice.</source>
        <translation>%1: bị chọn hai lần.</translation>
    </message>
    <message>
        <source>the dossier changed meanwhile</source>
        <translation>hồ sơ vừa được thay đổi ở nơi khác</translation>
    </message>
</context>
<context>
    <name>DossierSlips</name>
    <message>
        <source>Receipt and promised return time</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Request to complete the dossier</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Apology and new return date</source>
        <translation>Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết</translation>
    </message>
    <message>
        <source>Stop notice</source>
        <translation>Thông báo dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Processing-control slip</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>The dossier %1 has no %2.</source>
        <translation>Hồ sơ %1 không có %2.</translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>The office code is not set: an administrator must enter it in Settings before dossiers can be received.</source>
        <translation>Chưa khai báo mã cơ quan: quản trị viên phải nhập mã trong phần Cài đặt trước khi tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The procedure does not exist in the catalogue.</source>
        <translation>Thủ tục không có trong danh mục.</translation>
    </message>
    <message>
        <source>The procedure %1 is no longer in use (inactive in the catalogue).</source>
        <translation>Thủ tục %1 đã ngừng áp dụng (không còn hiệu lực trong danh mục).</translation>
    </message>
    <message>
        <source>The dossier could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <source>No deadline can be computed for %1: check the working calendar and office hours.</source>
        <translation>Không tính được hạn giải quyết cho thủ tục %1: hãy kiểm tra lịch làm việc và giờ làm việc.</translation>
    </message>
    <message>
        <source>The dossier could not be numbered: %1</source>
        <translation>Không cấp được mã hồ sơ: %1</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <source>Received</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Additional documents requested</source>
        <translation>Yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>Financial obligation requested</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Processed, result ready</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Refusal decided, to return</source>
        <translation>Có văn bản từ chối, chờ trả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Stopped (withdrawn)</source>
        <translation>Dừng xử lý (rút hồ sơ)</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Public postal service</source>
        <translation>Bưu chính công ích</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation>trong ngày làm việc</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 giờ làm việc</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Cannot record the event: %1</source>
        <translation>Không ghi được sự kiện: %1</translation>
    </message>
    <message>
        <source>event %1 follows event %2: rows are missing or were inserted</source>
        <translation>sự kiện %1 đứng sau sự kiện %2: có dòng bị xóa hoặc bị chèn thêm</translation>
    </message>
    <message>
        <source>event %1 does not continue the chain: the event before it was changed, removed or inserted</source>
        <translation>sự kiện %1 không nối tiếp chuỗi: sự kiện trước nó đã bị sửa, xóa hoặc chèn thêm</translation>
    </message>
    <message>
        <source>event %1 was changed after it was recorded</source>
        <translation>sự kiện %1 đã bị sửa sau khi ghi</translation>
    </message>
    <message numerus="yes">
        <source>the chain is shorter than the anchor: %n event(s) anchored, %1 present</source>
        <translation>
            <numerusform>chuỗi ngắn hơn mốc: mốc ghi %n sự kiện, hiện có %1</numerusform>
        </translation>
    </message>
    <message>
        <source>event %1 does not have the anchored hash: the history up to it was rewritten</source>
        <translation>sự kiện %1 không có mã băm như mốc: lịch sử đến sự kiện này đã bị viết lại</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Nothing was exported: the export could not be recorded in the event log (%1).</source>
        <translation>Chưa xuất dữ liệu nào: không ghi được việc xuất vào nhật ký sự kiện (%1).</translation>
    </message>
    <message>
        <source>%1
The export had been recorded in the event log before writing; it is now recorded as failed.</source>
        <translation>%1
Việc xuất đã được ghi vào nhật ký sự kiện trước khi ghi tệp; nay đã ghi thêm là không thành công.</translation>
    </message>
    <message>
        <source>%1
The export had been recorded in the event log before writing, but its failure could not be recorded: %2</source>
        <translation>%1
Việc xuất đã được ghi vào nhật ký sự kiện trước khi ghi tệp, nhưng không ghi được việc xuất không thành công: %2</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Một Cửa cannot start</source>
        <translation>Không khởi động được Một Cửa</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1

Work can go on; tell the administrator.</source>
        <translation>Sao lưu tự động hôm nay không thành công: %1

Vẫn có thể tiếp tục làm việc; hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <source>The office is not set up</source>
        <translation>Cơ quan chưa được thiết lập</translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation>Thiết lập thông tin cơ quan</translation>
    </message>
    <message>
        <source>Một Cửa cannot receive dossiers before the office is set up: its name is printed on every receipt and its code begins every dossier code.

Quit now and set it up at the next start?</source>
        <translation>Một Cửa chưa thể tiếp nhận hồ sơ khi chưa thiết lập thông tin cơ quan: tên cơ quan được in trên mọi giấy tiếp nhận và mã cơ quan đứng đầu mọi mã hồ sơ.

Thoát ngay và thiết lập vào lần khởi động sau?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Back to the setup</source>
        <translation>Quay lại thiết lập</translation>
    </message>
    <message>
        <source>A new database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>This database is new. Set it up for the office&apos;s real work, or fill it with demo dossiers to train clerks? A training database is marked as such in the window&apos;s title.</source>
        <translation>Đây là cơ sở dữ liệu mới. Thiết lập để làm việc thật của cơ quan, hay nạp hồ sơ mẫu để đào tạo cán bộ? Cơ sở dữ liệu đào tạo được ghi rõ trên tiêu đề cửa sổ.</translation>
    </message>
    <message>
        <source>Set up for real work</source>
        <translation>Thiết lập để làm việc thật</translation>
    </message>
    <message>
        <source>Training database with demo dossiers</source>
        <translation>Cơ sở dữ liệu đào tạo với hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Training database</source>
        <translation>Cơ sở dữ liệu đào tạo</translation>
    </message>
    <message>
        <source>How many demo dossiers (ten years of them)?</source>
        <translation>Bao nhiêu hồ sơ mẫu (trải đều trong mười năm)?</translation>
    </message>
    <message>
        <source>Generating demo dossiers…</source>
        <translation>Đang tạo hồ sơ mẫu…</translation>
    </message>
    <message>
        <source>The office&apos;s settings are not complete: %1. Ask an administrator to fill them in.</source>
        <translation>Thông tin của cơ quan chưa đủ: %1. Đề nghị quản trị viên bổ sung.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup found the database damaged. No backup was made, so that the sound ones are kept.</source>
        <translation>Bản sao lưu tự động hôm nay phát hiện cơ sở dữ liệu bị hỏng. Không tạo bản sao lưu nào, để giữ lại các bản sao lưu nguyên vẹn.</translation>
    </message>
    <message>
        <source>No sound backup was found in %1. Tell the administrator before recording anything more.</source>
        <translation>Không tìm thấy bản sao lưu nguyên vẹn nào trong %1. Hãy báo quản trị viên trước khi ghi thêm bất cứ gì.</translation>
    </message>
    <message>
        <source>The latest sound backup is %1. Ask an administrator to restore it before recording anything more.</source>
        <translation>Bản sao lưu nguyên vẹn gần nhất là %1. Hãy nhờ quản trị viên khôi phục nó trước khi ghi thêm bất cứ gì.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, %1? Everything recorded since then is replaced; a safety copy of the damaged database is saved first.</source>
        <translation>Khôi phục bản sao lưu nguyên vẹn gần nhất, %1? Mọi thứ ghi nhận từ lúc đó sẽ bị thay thế; một bản sao an toàn của cơ sở dữ liệu bị hỏng được lưu trước.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup</source>
        <translation>Khôi phục bản sao lưu nguyên vẹn gần nhất</translation>
    </message>
    <message>
        <source>Continue without restoring</source>
        <translation>Tiếp tục, không khôi phục</translation>
    </message>
    <message>
        <source>The database was restored from %1.
The damaged database was saved as %2.

Một Cửa closes now. Start it again and sign in.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục từ %1.
Cơ sở dữ liệu bị hỏng đã được lưu thành %2.

Một Cửa sẽ đóng ngay bây giờ. Hãy mở lại và đăng nhập.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
</context>
<context>
    <name>Handovers</name>
    <message>
        <source>early</source>
        <translation>trước hạn</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>quá hạn</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>A personal ID number has exactly 12 digits (%1 given).</source>
        <translation>Số định danh cá nhân gồm đúng 12 chữ số (đã nhập %1).</translation>
    </message>
    <message>
        <source>The first three digits of a personal ID number are a province code from 001 to 096.</source>
        <translation>Ba chữ số đầu của số định danh cá nhân là mã tỉnh, từ 001 đến 096.</translation>
    </message>
    <message>
        <source>The ID number gives %1 as the year of birth, the date of birth says %2: check both.</source>
        <translation>Số định danh cho năm sinh %1, còn ngày sinh ghi năm %2: hãy kiểm tra lại cả hai.</translation>
    </message>
    <message>
        <source>An organisation code is a tax code (10 digits, or 10-3 for a branch) or an identifier of 3 to 20 digits, capital letters, dots and dashes.</source>
        <translation>Mã tổ chức là mã số thuế (10 chữ số, hoặc 10-3 với chi nhánh) hoặc mã định danh gồm 3 đến 20 chữ số, chữ in hoa, dấu chấm và gạch ngang.</translation>
    </message>
    <message>
        <source>A phone number has only digits (spaces, dots and dashes are allowed between them).</source>
        <translation>Số điện thoại chỉ gồm chữ số (được phép có dấu cách, dấu chấm, gạch ngang giữa các số).</translation>
    </message>
    <message>
        <source>Only Vietnamese phone numbers are accepted (+84 or 0…).</source>
        <translation>Chỉ chấp nhận số điện thoại Việt Nam (+84 hoặc 0…).</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits starting 03, 05, 07, 08 or 09; a landline has 11 digits starting 02.</source>
        <translation>Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định gồm 11 chữ số, bắt đầu bằng 02.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.vn).</source>
        <translation>Đây không phải địa chỉ thư điện tử (ten@vidu.vn).</translation>
    </message>
    <message>
        <source>The ID card code has %1 fields instead of 7: scan it again.</source>
        <translation>Mã QR trên thẻ căn cước có %1 trường thay vì 7: hãy quét lại.</translation>
    </message>
    <message>
        <source>The ID card code is not valid: %1</source>
        <translation>Mã QR trên thẻ căn cước không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The ID card code is not valid: the old ID number must have 9 or 12 digits.</source>
        <translation>Mã QR trên thẻ căn cước không hợp lệ: số CMND cũ phải có 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <source>The ID card code is not valid: the name is missing.</source>
        <translation>Mã QR trên thẻ căn cước không hợp lệ: thiếu họ tên.</translation>
    </message>
    <message>
        <source>The ID card code is not valid: a date is not DDMMYYYY.</source>
        <translation>Mã QR trên thẻ căn cước không hợp lệ: có ngày không đúng dạng NNTTNNNN.</translation>
    </message>
    <message>
        <source>A personal ID number must contain digits only (0 to 9), 12 of them.</source>
        <translation>Số định danh cá nhân chỉ được gồm chữ số (0 đến 9), đủ 12 chữ số.</translation>
    </message>
</context>
<context>
    <name>IntakeSlip</name>
    <message>
        <source>Request to complete the dossier</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Refusal to receive the dossier</source>
        <translation>Phiếu từ chối tiếp nhận giải quyết hồ sơ</translation>
    </message>
</context>
<context>
    <name>IntakeSlipStore</name>
    <message>
        <source>No slip has the number %1.</source>
        <translation>Không có phiếu nào số %1.</translation>
    </message>
    <message>
        <source>Choose the procedure.</source>
        <translation>Hãy chọn thủ tục hành chính.</translation>
    </message>
    <message>
        <source>List what the applicant must add or complete.</source>
        <translation>Hãy liệt kê những gì người nộp phải bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>Give the reason the dossier must be completed.</source>
        <translation>Hãy nêu lý do hồ sơ phải bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>Give the reason for refusing the dossier.</source>
        <translation>Hãy nêu lý do từ chối tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The slip could not be recorded: %1</source>
        <translation>Không ghi nhận được phiếu: %1</translation>
    </message>
</context>
<context>
    <name>LunarCalendar</name>
    <message>
        <source>The date must be in the years %1 to %2.</source>
        <translation>Ngày phải nằm trong các năm từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Không chạy được kiểm tra toàn vẹn: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Toàn vẹn: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>Không chạy được kiểm tra khóa ngoại: %1</translation>
    </message>
    <message>
        <source>Foreign key: row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Khóa ngoại: dòng %1 của bảng %2 trỏ tới một dòng không tồn tại của bảng %3.</translation>
    </message>
    <message>
        <source>Foreign key %1 of table %2 is not validated: rows may refer to missing ones.</source>
        <translation>Khóa ngoại %1 của bảng %2 chưa được kiểm chứng: có thể có dòng tham chiếu tới dòng không tồn tại.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>e.g. Bộ phận Một cửa UBND xã Tân Hòa</source>
        <translation>Ví dụ: Bộ phận Một cửa UBND xã Tân Hòa</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>e.g. Cấp xã, Cấp tỉnh</source>
        <translation>Ví dụ: Cấp xã, Cấp tỉnh</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Đơn vị chủ quản</translation>
    </message>
    <message>
        <source>The body the office belongs to (đơn vị chủ quản), e.g. UBND xã Tân Hòa</source>
        <translation>Cơ quan mà bộ phận trực thuộc (đơn vị chủ quản), ví dụ: UBND xã Tân Hòa</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Mã cơ quan</translation>
    </message>
    <message>
        <source>Electronic identifier: digits, A–Z and dots, up to 35 characters, e.g. 000.00.19.H47</source>
        <translation>Mã định danh điện tử: chữ số, chữ in hoa A–Z và dấu chấm, tối đa 35 ký tự, ví dụ: 000.00.19.H47</translation>
    </message>
    <message>
        <source>Place name on slips</source>
        <translation>Địa danh ghi trên phiếu</translation>
    </message>
    <message>
        <source>Written before the date: "Tân Hòa, ngày … tháng … năm …"</source>
        <translation>Ghi trước ngày tháng: "Tân Hòa, ngày … tháng … năm …"</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Mobile (10 digits) or landline (0 + area code)</source>
        <translation>Di động (10 chữ số) hoặc cố định (0 + mã vùng)</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Sessions as HH:MM-HH:MM separated by commas, e.g. 07:30-11:30,13:30-17:30</source>
        <translation>Các buổi dạng GG:PP-GG:PP cách nhau bởi dấu phẩy, ví dụ: 07:30-11:30,13:30-17:30</translation>
    </message>
    <message>
        <source>Cut-off hour</source>
        <translation>Giờ chốt tiếp nhận</translation>
    </message>
    <message>
        <source>For procedures with a cut-off, dossiers received at or after this time count from the next working day (HH:MM)</source>
        <translation>Với thủ tục có giờ chốt, hồ sơ nhận từ giờ này trở đi được tính từ ngày làm việc tiếp theo (GG:PP)</translation>
    </message>
    <message>
        <source>Receipt book number</source>
        <translation>Quyển số</translation>
    </message>
    <message>
        <source>Quyển số of the register printed on receipts, e.g. 01/2026</source>
        <translation>Quyển số của Sổ theo dõi hồ sơ in trên giấy tiếp nhận, ví dụ: 01/2026</translation>
    </message>
    <message>
        <source>Weekly rest days</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>Comma-separated: mon, tue, wed, thu, fri, sat, sun</source>
        <translation>Cách nhau bởi dấu phẩy: mon, tue, wed, thu, fri, sat, sun (thứ Hai … Chủ nhật)</translation>
    </message>
    <message>
        <source>Due soon within (working days)</source>
        <translation>Sắp đến hạn trong (ngày làm việc)</translation>
    </message>
    <message>
        <source>A dossier due within this many working days is shown as due soon</source>
        <translation>Hồ sơ có hạn trong số ngày làm việc này được đánh dấu sắp đến hạn</translation>
    </message>
    <message>
        <source>Results uncollected after (days)</source>
        <translation>Kết quả chưa nhận sau (ngày)</translation>
    </message>
    <message>
        <source>A result waiting longer than this many days is listed as uncollected</source>
        <translation>Kết quả chờ quá số ngày này được liệt kê là chưa đến nhận</translation>
    </message>
    <message>
        <source>Control characters (tabs, line breaks) are not allowed.</source>
        <translation>Không được có ký tự điều khiển (tab, xuống dòng).</translation>
    </message>
    <message>
        <source>This setting cannot be empty.</source>
        <translation>Mục cài đặt này không được để trống.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Unknown setting "%1".</source>
        <translation>Không có mục cài đặt "%1".</translation>
    </message>
    <message>
        <source>The office code has digits, upper-case letters A–Z and dots (one group per level), at most 35 characters, e.g. 000.00.19.H47.</source>
        <translation>Mã cơ quan gồm chữ số, chữ in hoa A–Z và dấu chấm (mỗi cấp một nhóm), tối đa 35 ký tự, ví dụ: 000.00.19.H47.</translation>
    </message>
    <message>
        <source>Write the hour as HH:MM, e.g. 15:00.</source>
        <translation>Nhập giờ dạng GG:PP, ví dụ: 15:00.</translation>
    </message>
    <message>
        <source>List rest days as mon, tue, wed, thu, fri, sat, sun separated by commas; at least one day of the week must be worked.</source>
        <translation>Liệt kê ngày nghỉ bằng mon, tue, wed, thu, fri, sat, sun cách nhau bởi dấu phẩy; phải có ít nhất một ngày làm việc trong tuần.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from 0 to 365.</source>
        <translation>Nhập số ngày nguyên từ 0 đến 365.</translation>
    </message>
    <message>
        <source>Write the sessions as HH:MM-HH:MM separated by commas, in order and not overlapping, e.g. 07:30-11:30,13:30-17:30.</source>
        <translation>Nhập các buổi dạng GG:PP-GG:PP cách nhau bởi dấu phẩy, theo thứ tự và không chồng lấn, ví dụ: 07:30-11:30,13:30-17:30.</translation>
    </message>
    <message>
        <source>Receipt copies</source>
        <translation>Số bản giấy tiếp nhận</translation>
    </message>
    <message>
        <source>1: one receipt for the applicant; 2: also a copy kept by the office</source>
        <translation>1: một bản giao người nộp; 2: thêm một bản lưu tại cơ quan</translation>
    </message>
    <message>
        <source>Enter 1 or 2.</source>
        <translation>Nhập 1 hoặc 2.</translation>
    </message>
    <message>
        <source>First day of use</source>
        <translation>Ngày bắt đầu sử dụng</translation>
    </message>
    <message>
        <source>The day the office began using Một Cửa (YYYY-MM-DD): dossiers received before it are refused</source>
        <translation>Ngày cơ quan bắt đầu dùng Một Cửa (YYYY-MM-DD): hồ sơ tiếp nhận trước ngày này bị từ chối</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Absolute path of the folder for the backups, best on another disk; empty: the folder beside the program&apos;s data</source>
        <translation>Đường dẫn tuyệt đối của thư mục chứa các bản sao lưu, tốt nhất trên một ổ đĩa khác; để trống: thư mục cạnh dữ liệu của chương trình</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Số bản sao lưu hằng ngày giữ lại</translation>
    </message>
    <message>
        <source>How many of the newest dated backups stay in the folder</source>
        <translation>Số bản sao lưu có ngày giờ mới nhất được giữ lại trong thư mục</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, e.g. 2026-01-01.</source>
        <translation>Hãy viết ngày theo dạng YYYY-MM-DD, ví dụ 2026-01-01.</translation>
    </message>
    <message>
        <source>Enter the absolute path of a folder, e.g. /mnt/usb/motcua-backups (empty: the default folder).</source>
        <translation>Hãy nhập đường dẫn tuyệt đối của một thư mục, ví dụ /mnt/usb/motcua-backups (để trống: thư mục mặc định).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 365.</source>
        <translation>Hãy nhập một số nguyên từ 1 đến 365.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>Receipt</source>
        <translation>Giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Handover lists</source>
        <translation>Giấy bàn giao</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Other slips</source>
        <translation>Các phiếu khác</translation>
    </message>
    <message>
        <source>Page setup: %1</source>
        <translation>Thiết lập trang in: %1</translation>
    </message>
</context>
<context>
    <name>ProcedureStore</name>
    <message>
        <source>Cannot save the procedure %1: %2</source>
        <translation>Không lưu được thủ tục %1: %2</translation>
    </message>
    <message>
        <source>Another procedure already has the code %1.</source>
        <translation>Đã có thủ tục khác mang mã %1.</translation>
    </message>
    <message>
        <source>The procedure no longer exists.</source>
        <translation>Thủ tục không còn tồn tại.</translation>
    </message>
    <message>
        <source>Line %1: the code %2 already appears on line %3.</source>
        <translation>Dòng %1: mã %2 đã có ở dòng %3.</translation>
    </message>
    <message>
        <source>The file has no procedure rows.</source>
        <translation>Tệp không có dòng thủ tục nào.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>%1: control characters are not allowed.</source>
        <translation>%1: không được có ký tự điều khiển.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dài quá %2 ký tự.</translation>
    </message>
    <message>
        <source>The procedure code is required: letters, digits, dots, dashes (e.g. 1.001193).</source>
        <translation>Phải có mã thủ tục: chữ cái, chữ số, dấu chấm, gạch ngang (ví dụ: 1.001193).</translation>
    </message>
    <message>
        <source>The procedure name</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <source>The field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>The level</source>
        <translation>Cấp thực hiện</translation>
    </message>
    <message>
        <source>The deciding office</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>The duration in working days must be more than 0 and at most 730.</source>
        <translation>Thời hạn giải quyết tính bằng ngày làm việc phải lớn hơn 0 và không quá 730.</translation>
    </message>
    <message>
        <source>The duration in working hours must be more than 0 and at most 5840.</source>
        <translation>Thời hạn giải quyết tính bằng giờ làm việc phải lớn hơn 0 và không quá 5840.</translation>
    </message>
    <message>
        <source>A document name</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <source>The number of originals and copies of a document is from 0 to 99.</source>
        <translation>Số bản chính và bản sao của một giấy tờ từ 0 đến 99.</translation>
    </message>
    <message>
        <source>unit "%1" is not one of days, hours, same-day.</source>
        <translation>đơn vị "%1" không phải là days, hours hoặc same-day.</translation>
    </message>
    <message>
        <source>duration "%1" is not a number (use a dot for fractions: 0.5).</source>
        <translation>thời hạn "%1" không phải là số (dùng dấu chấm cho số lẻ: 0.5).</translation>
    </message>
    <message>
        <source>cutoff must be 0 or 1, not "%1".</source>
        <translation>cutoff phải là 0 hoặc 1, không phải "%1".</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Commune level</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>District level</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Provincial level</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Ministry level</source>
        <translation>Cấp bộ</translation>
    </message>
    <message>
        <source>Central level</source>
        <translation>Cấp trung ương</translation>
    </message>
    <message>
        <source>A procedure code may contain only the letters A–Z and a–z, digits, dots, dashes and underscores (at most 40, the first a letter or digit), e.g. 1.001193.</source>
        <translation>Mã thủ tục chỉ được gồm các chữ cái A–Z và a–z, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới (tối đa 40 ký tự, ký tự đầu là chữ cái hoặc chữ số), ví dụ 1.001193.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Không có tùy chọn &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không có các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Giá trị không hợp lệ sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>%1 contains control characters (tabs, line breaks).</source>
        <translation>%1 có ký tự điều khiển (tab, xuống dòng).</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation>%1 quá dài (%2 ký tự, tối đa %3).</translation>
    </message>
    <message>
        <source>The full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Tên tổ chức</translation>
    </message>
    <message>
        <source>The full name contains characters a name cannot have: %1</source>
        <translation>Họ tên có ký tự không thể có trong tên người: %1</translation>
    </message>
    <message>
        <source>The personal ID number is required.</source>
        <translation>Phải nhập số định danh cá nhân.</translation>
    </message>
    <message>
        <source>The organisation&apos;s code is required.</source>
        <translation>Phải nhập mã số của tổ chức.</translation>
    </message>
    <message>
        <source>The date of birth must be between 1900 and today.</source>
        <translation>Ngày sinh phải trong khoảng từ năm 1900 đến hôm nay.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Choose the procedure.</source>
        <translation>Hãy chọn thủ tục hành chính.</translation>
    </message>
    <message>
        <source>A document&apos;s name</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <source>The number of originals and copies is from 0 to 99.</source>
        <translation>Số bản chính và bản sao từ 0 đến 99.</translation>
    </message>
    <message>
        <source>Tick at least one document handed in.</source>
        <translation>Hãy đánh dấu ít nhất một giấy tờ đã nộp.</translation>
    </message>
    <message>
        <source>The number of sets is from 1 to 99.</source>
        <translation>Số lượng hồ sơ từ 1 đến 99 bộ.</translation>
    </message>
    <message>
        <source>The postal address for the result</source>
        <translation>Địa chỉ nhận kết quả qua bưu chính</translation>
    </message>
    <message>
        <source>The note contains control characters.</source>
        <translation>Ghi chú có ký tự điều khiển.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Ghi chú quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <source>The time of receipt %1 is in the future.</source>
        <translation>Thời gian tiếp nhận %1 ở tương lai.</translation>
    </message>
    <message>
        <source>%1 contains characters a name cannot have: %2</source>
        <translation>%1 có ký tự không thể có trong tên: %2</translation>
    </message>
    <message>
        <source>The time of receipt %1 is before the office&apos;s first day of use, %2 (setting office.first_use_date).</source>
        <translation>Thời gian tiếp nhận %1 sớm hơn ngày cơ quan bắt đầu sử dụng, %2 (thiết lập office.first_use_date).</translation>
    </message>
    <message>
        <source>The time of receipt %1 is before the applicant&apos;s date of birth, %2.</source>
        <translation>Thời gian tiếp nhận %1 sớm hơn ngày sinh của người nộp hồ sơ, %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Procedure code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Tên thủ tục hành chính</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển qua</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính công ích</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation>Đã giải quyết trước hạn</translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation>Đã giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Đã giải quyết quá hạn</translation>
    </message>
    <message>
        <source>In progress, within time</source>
        <translation>Đang giải quyết trong hạn</translation>
    </message>
    <message>
        <source>In progress, overdue</source>
        <translation>Đang giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>Tỷ lệ đúng hạn (%)</translation>
    </message>
    <message>
        <source>Average time (working days)</source>
        <translation>Thời gian giải quyết trung bình (ngày làm việc)</translation>
    </message>
    <message>
        <source>REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS</source>
        <translation>BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>In-progress dossiers are counted as of %1. Refusals at reception are not received dossiers; refusal decisions are counted among the finished ones too.</source>
        <translation>Hồ sơ đang giải quyết được tính tại thời điểm %1. Hồ sơ bị từ chối tiếp nhận không tính là hồ sơ tiếp nhận; hồ sơ có quyết định từ chối giải quyết được tính cả trong số đã giải quyết.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation>Báo cáo từ %1 đến %2</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE OFFICE</source>
        <translation>THỦ TRƯỞNG CƠ QUAN</translation>
    </message>
    <message>
        <source>(Signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên và đóng dấu)</translation>
    </message>
    <message>
        <source>%1/%2/%3</source>
        <translation>ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <source>Check code: %1</source>
        <translation>Mã kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>ReportQueries</name>
    <message>
        <source>The period is not valid: the first day must not be after the last.</source>
        <translation>Kỳ báo cáo không hợp lệ: ngày đầu kỳ không được sau ngày cuối kỳ.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter clerk</source>
        <translation>Cán bộ một cửa</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>You are not allowed to receive dossiers.</source>
        <translation>Bạn không có quyền tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>You are not allowed to handle dossiers.</source>
        <translation>Bạn không có quyền xử lý hồ sơ.</translation>
    </message>
    <message>
        <source>Only a supervisor may approve an apology and a new return date.</source>
        <translation>Chỉ lãnh đạo mới được duyệt phiếu xin lỗi và hẹn lại ngày trả kết quả.</translation>
    </message>
    <message>
        <source>Only a supervisor may view reports and export personal data in bulk.</source>
        <translation>Chỉ lãnh đạo mới được xem báo cáo và xuất hàng loạt dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>Only an administrator may edit the procedure catalogue.</source>
        <translation>Chỉ quản trị viên mới được sửa danh mục thủ tục.</translation>
    </message>
    <message>
        <source>Only an administrator may edit the working calendar.</source>
        <translation>Chỉ quản trị viên mới được sửa lịch làm việc.</translation>
    </message>
    <message>
        <source>Only an administrator may change the office&apos;s settings.</source>
        <translation>Chỉ quản trị viên mới được thay đổi cài đặt của cơ quan.</translation>
    </message>
    <message>
        <source>Only an administrator may manage user accounts.</source>
        <translation>Chỉ quản trị viên mới được quản lý tài khoản người dùng.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation>Chỉ quản trị viên mới được sao lưu hoặc khôi phục cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>server init sets up a PostgreSQL database: give its postgresql:// address (a file needs no set-up).</source>
        <translation>server init thiết lập cơ sở dữ liệu PostgreSQL: hãy cho địa chỉ postgresql:// của nó (tệp cơ sở dữ liệu không cần thiết lập).</translation>
    </message>
    <message>
        <source>The role name "%1" is not valid: lower-case letters, digits and _ (at most 63), not starting with a digit.</source>
        <translation>Tên vai trò "%1" không hợp lệ: chỉ gồm chữ thường, chữ số và _ (tối đa 63 ký tự), không bắt đầu bằng chữ số.</translation>
    </message>
    <message>
        <source>The owner role and the application role must differ.</source>
        <translation>Vai trò sở hữu và vai trò ứng dụng phải khác nhau.</translation>
    </message>
    <message>
        <source>Schema at version %1.</source>
        <translation>Lược đồ ở phiên bản %1.</translation>
    </message>
    <message>
        <source>Run server init as the server&apos;s administrator, not as the role %1 it sets up.</source>
        <translation>Hãy chạy server init bằng tài khoản quản trị máy chủ, không phải bằng vai trò %1 mà lệnh này thiết lập.</translation>
    </message>
    <message>
        <source>Role %1 created (it logs in; give it a password or a pg_hba.conf rule).</source>
        <translation>Đã tạo vai trò %1 (vai trò này đăng nhập; hãy đặt mật khẩu hoặc một quy tắc pg_hba.conf cho nó).</translation>
    </message>
    <message>
        <source>Role %1 created (the owner; nobody logs in as it).</source>
        <translation>Đã tạo vai trò %1 (vai trò sở hữu; không ai đăng nhập bằng nó).</translation>
    </message>
    <message>
        <source>Setting up the roles failed: %1</source>
        <translation>Thiết lập các vai trò không thành công: %1</translation>
    </message>
    <message>
        <source>Setting up the privileges failed: %1</source>
        <translation>Thiết lập quyền không thành công: %1</translation>
    </message>
    <message>
        <source>%1 tables and %2 functions owned by %3.</source>
        <translation>%1 bảng và %2 hàm thuộc sở hữu của %3.</translation>
    </message>
    <message>
        <source>%1 may read and record; it may not change or delete %2, nor the schema.</source>
        <translation>%1 được đọc và ghi thêm; không được sửa hay xóa %2, cũng không được thay đổi lược đồ.</translation>
    </message>
    <message>
        <source>The privileges cannot be read: %1</source>
        <translation>Không đọc được các quyền: %1</translation>
    </message>
    <message>
        <source>The role %1 may %2 rows of %3: the history is not protected (run motcua server init again).</source>
        <translation>Vai trò %1 có quyền %2 các dòng của %3: lịch sử không được bảo vệ (hãy chạy lại motcua server init).</translation>
    </message>
    <message>
        <source>This counter connects as %1, the owner of the events, who may change them: set the server up with motcua server init and connect as its application role.</source>
        <translation>Quầy này kết nối bằng %1, chủ sở hữu bảng sự kiện, có thể sửa chúng: hãy thiết lập máy chủ bằng motcua server init và kết nối bằng vai trò ứng dụng của nó.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Không lưu được thiết lập %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Không lưu được cài đặt: %1</translation>
    </message>
</context>
<context>
    <name>SlipDocument</name>
    <message>
        <source>Cannot start printing "%1".</source>
        <translation>Không thể bắt đầu in "%1".</translation>
    </message>
    <message>
        <source>Cannot start page %1 of "%2".</source>
        <translation>Không thể sang trang %1 của "%2".</translation>
    </message>
    <message>
        <source>Cannot finish printing "%1".</source>
        <translation>Không thể in xong "%1".</translation>
    </message>
    <message>
        <source>"%1" has no valid paper size.</source>
        <translation>"%1" không có khổ giấy hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the page size %1.</source>
        <translation>Không thể đặt khổ giấy %1.</translation>
    </message>
</context>
<context>
    <name>StepBudgets</name>
    <message>
        <source>The step budgets must be a JSON object such as {"counter": 0.5, "office": 2.5}.</source>
        <translation>Thời gian cho từng bước phải là một đối tượng JSON, ví dụ {"counter": 0.5, "office": 2.5}.</translation>
    </message>
    <message>
        <source>The step budget "%1" must be a number of working days from 0 to 1000.</source>
        <translation>Thời gian cho bước "%1" phải là số ngày làm việc từ 0 đến 1000.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>A username has 2 to 32 characters: letters a–z without diacritics, digits, dot, hyphen or underscore.</source>
        <translation>Tên đăng nhập có từ 2 đến 32 ký tự: chữ cái a–z không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>There is no account "%1".</source>
        <translation>Không có tài khoản "%1".</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Try again.</source>
        <translation>Không mã hóa được mật khẩu (không đủ bộ nhớ). Hãy thử lại.</translation>
    </message>
    <message>
        <source>The username "%1" is already taken.</source>
        <translation>Tên đăng nhập "%1" đã có người dùng.</translation>
    </message>
    <message>
        <source>An account already exists: sign in, or ask the administrator for an account.</source>
        <translation>Đã có tài khoản: hãy đăng nhập, hoặc đề nghị quản trị viên cấp tài khoản.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>"%1" is the last active administrator: enable or add another administrator first.</source>
        <translation>"%1" là quản trị viên duy nhất còn hoạt động: hãy kích hoạt lại hoặc thêm một quản trị viên khác trước.</translation>
    </message>
    <message>
        <source>The account "%1" is already enabled.</source>
        <translation>Tài khoản "%1" đang hoạt động.</translation>
    </message>
    <message>
        <source>The account "%1" is already disabled.</source>
        <translation>Tài khoản "%1" đã bị vô hiệu hóa từ trước.</translation>
    </message>
    <message>
        <source>"%1" already has the role %2.</source>
        <translation>"%1" đã có vai trò %2.</translation>
    </message>
    <message>
        <source>Only a signed-in person can change their own password.</source>
        <translation>Chỉ người đã đăng nhập mới đổi được mật khẩu của mình.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Mật khẩu mới phải khác mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Không đăng nhập được: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked for %n minute(s), until %1.</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần: tài khoản bị khóa trong %n phút, đến %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed attempts. Try again in %n minute(s), at %1.</source>
        <translation>
            <numerusform>Tài khoản đang bị khóa do đăng nhập sai quá nhiều lần. Hãy thử lại sau %n phút, lúc %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Hãy đề nghị quản trị viên kích hoạt lại.</translation>
    </message>
    <message>
        <source>The full name contains control characters (tabs, line breaks): they are not allowed.</source>
        <translation>Họ và tên chứa ký tự điều khiển (tab, xuống dòng): các ký tự này không được phép.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Labour Code 2019, Article 112</source>
        <translation>Bộ luật Lao động 2019, Điều 112</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tet)</source>
        <translation>Tết Âm lịch</translation>
    </message>
    <message>
        <source>Hung Kings&apos; Commemoration</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Giải phóng miền Nam, thống nhất đất nước</translation>
    </message>
    <message>
        <source>International Workers&apos; Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Compensatory day off for %1</source>
        <translation>Nghỉ bù %1</translation>
    </message>
    <message>
        <source>Labour Code 2019, Article 111</source>
        <translation>Bộ luật Lao động 2019, Điều 111</translation>
    </message>
</context>
<context>
    <name>WorkingTime</name>
    <message>
        <source>%1 %2 of working time</source>
        <translation>%1 %2 làm việc</translation>
    </message>
    <message numerus="yes">
        <source>%n working minute(s)</source>
        <translation>
            <numerusform>%n phút làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>Received today</source>
        <translation>Tiếp nhận hôm nay</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Awaiting additional documents</source>
        <translation>Chờ bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Results awaiting collection</source>
        <translation>Kết quả chờ trả</translation>
    </message>
    <message numerus="yes">
        <source>Uncollected for over %n day(s)</source>
        <translation>
            <numerusform>Chưa nhận kết quả quá %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Handed over &amp;by:</source>
        <translation>Người &amp;giao:</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>Người &amp;nhận:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Số t&amp;iền:</translation>
    </message>
    <message>
        <source>&amp;New return time:</source>
        <translation>Thời gian hẹn trả &amp;mới:</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Return &amp;method:</source>
        <translation>&amp;Hình thức trả:</translation>
    </message>
    <message>
        <source>Collected &amp;as:</source>
        <translation>Người nhận &amp;là:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>Người nhận &amp;bưu gửi:</translation>
    </message>
    <message>
        <source>&amp;Collector&apos;s name:</source>
        <translation>Họ tên người &amp;nhận:</translation>
    </message>
    <message>
        <source>Collector&apos;s &amp;ID number:</source>
        <translation>&amp;Số định danh người nhận:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Mã bưu gửi:</translation>
    </message>
    <message>
        <source>Originals:</source>
        <translation>Bản gốc:</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Giấy tiếp nhận:</translation>
    </message>
    <message>
        <source>Original documents ta&amp;ken back</source>
        <translation>Đã trả lại bản &amp;gốc giấy tờ</translation>
    </message>
    <message>
        <source>The applicant handed back the recei&amp;pt</source>
        <translation>Người nộp đã nộp lại giấy tiế&amp;p nhận</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>An authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Receiving o&amp;ffice:</source>
        <translation>Cơ &amp;quan nhận:</translation>
    </message>
    <message>
        <source>Hand the dossier over to the office that decides (or on to another office). Each handover is a row of the control slip.</source>
        <translation>Bàn giao hồ sơ cho cơ quan giải quyết (hoặc chuyển tiếp sang cơ quan khác). Mỗi lần bàn giao là một dòng của Phiếu kiểm soát quá trình giải quyết hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;What to add:</source>
        <translation>Nội dung cần &amp;bổ sung:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>Requesting o&amp;ffice:</source>
        <translation>Cơ &amp;quan yêu cầu:</translation>
    </message>
    <message>
        <source>The applicant must add or complete documents: one item a line. A dossier may be asked to be completed only once; the clock stops until the documents arrive.</source>
        <translation>Người nộp phải bổ sung, hoàn thiện hồ sơ: mỗi nội dung một dòng. Mỗi hồ sơ chỉ được yêu cầu bổ sung một lần; thời gian giải quyết tạm dừng cho đến khi nhận đủ giấy tờ.</translation>
    </message>
    <message>
        <source>&amp;Documents handed in:</source>
        <translation>&amp;Giấy tờ đã nộp bổ sung:</translation>
    </message>
    <message>
        <source>The applicant has handed in the additional documents: the clock runs again and the due time moves by the working time of the wait.</source>
        <translation>Người nộp đã nộp giấy tờ bổ sung: thời gian giải quyết được tính tiếp và hạn giải quyết lùi thêm đúng số thời gian làm việc đã chờ.</translation>
    </message>
    <message>
        <source>The applicant must pay a fee or tax before the dossier can be decided; the clock stops until it is paid.</source>
        <translation>Người nộp phải nộp phí, lệ phí hoặc thuế trước khi hồ sơ được giải quyết; thời gian giải quyết tạm dừng cho đến khi nộp xong.</translation>
    </message>
    <message>
        <source>The financial obligation is fulfilled: the clock runs again and the due time moves by the working time of the wait.</source>
        <translation>Đã thực hiện xong nghĩa vụ tài chính: thời gian giải quyết được tính tiếp và hạn giải quyết lùi thêm đúng số thời gian làm việc đã chờ.</translation>
    </message>
    <message>
        <source>R&amp;eason for the delay:</source>
        <translation>Lý &amp;do chậm trễ:</translation>
    </message>
    <message>
        <source>The apology and new return date, signed by the head of the office. Allowed once; the original due time still decides whether the dossier is late.</source>
        <translation>Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (hẹn lại ngày trả kết quả), do thủ trưởng cơ quan ký. Chỉ được hẹn lại một lần; việc hồ sơ có quá hạn hay không vẫn tính theo hạn giải quyết ban đầu.</translation>
    </message>
    <message>
        <source>From o&amp;ffice:</source>
        <translation>Cơ &amp;quan giao:</translation>
    </message>
    <message>
        <source>The office hands the result back to the counter, to be returned to the applicant.</source>
        <translation>Cơ quan giải quyết chuyển kết quả về Bộ phận Một cửa để trả cho người nộp.</translation>
    </message>
    <message>
        <source>R&amp;eason for the refusal:</source>
        <translation>Lý &amp;do từ chối:</translation>
    </message>
    <message>
        <source>The office hands back a decision refusing the request; it is returned to the applicant like a result.</source>
        <translation>Cơ quan giải quyết chuyển về văn bản từ chối giải quyết; văn bản này được trả cho người nộp như một kết quả.</translation>
    </message>
    <message>
        <source>The result is returned to the applicant, at the counter or by post.</source>
        <translation>Trả kết quả cho người nộp, trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính.</translation>
    </message>
    <message>
        <source>The applicant asks to stop: the dossier is withdrawn and a stop notice is issued.</source>
        <translation>Người nộp đề nghị dừng giải quyết: hồ sơ được rút và Bộ phận Một cửa ra Thông báo dừng giải quyết hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>O&amp;bligation:</source>
        <translation>&amp;Nghĩa vụ tài chính:</translation>
    </message>
</context>
<context>
    <name>motcua::AnnouncementDialog</name>
    <message>
        <source>%1, now a day off (%2)</source>
        <translation>%1, hiện là ngày nghỉ (%2)</translation>
    </message>
    <message>
        <source>%1, now a working day</source>
        <translation>%1, hiện là ngày làm việc</translation>
    </message>
    <message>
        <source>%1, now a working day (%2)</source>
        <translation>%1, hiện là ngày làm việc (%2)</translation>
    </message>
    <message>
        <source>New announcement</source>
        <translation>Thêm thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation>Sửa thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>Day off (an extra or moved holiday)</source>
        <translation>Ngày nghỉ (nghỉ thêm hoặc hoán đổi ngày nghỉ)</translation>
    </message>
    <message>
        <source>Working day (a rest day worked in exchange)</source>
        <translation>Ngày làm việc (làm bù vào ngày nghỉ hằng tuần)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::AnnouncementModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarPage</name>
    <message>
        <source>Announcements of %1</source>
        <translation>Thông báo lịch nghỉ năm %1</translation>
    </message>
    <message>
        <source>Saved the announcement of %1.</source>
        <translation>Đã lưu thông báo cho ngày %1.</translation>
    </message>
    <message>
        <source>Remove announcement</source>
        <translation>Xóa thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>Remove the announcement of %1 (%2)?</source>
        <translation>Xóa thông báo cho ngày %1 (%2)?</translation>
    </message>
    <message>
        <source>The day becomes what the statutory rules make of it, and the deadlines of open dossiers are recomputed.</source>
        <translation>Ngày này sẽ trở lại như quy định của pháp luật, và hạn giải quyết của các hồ sơ đang giải quyết sẽ được tính lại.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Removed the announcement of %1.</source>
        <translation>Đã xóa thông báo cho ngày %1.</translation>
    </message>
    <message>
        <source>No open dossier&apos;s deadline changed.</source>
        <translation>Không có hồ sơ đang giải quyết nào thay đổi hạn giải quyết.</translation>
    </message>
    <message numerus="yes">
        <source>The deadline of %n open dossier(s) was recomputed.</source>
        <translation>
            <numerusform>Đã tính lại hạn giải quyết của %n hồ sơ đang giải quyết.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import announcements</source>
        <translation>Nhập thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>%1 không phải văn bản UTF-8: hãy lưu tệp dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation>Không có dữ liệu nào được nhập: hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Đã nhập: %1 thêm mới, %2 thay đổi, %3 giữ nguyên.</translation>
    </message>
    <message>
        <source>Export announcements</source>
        <translation>Xuất thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported the announcements of %1 to %2.</source>
        <translation>Đã xuất thông báo lịch nghỉ năm %1 ra tệp %2.</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Previous year (PgUp)</source>
        <translation>Năm trước (PgUp)</translation>
    </message>
    <message>
        <source>Next year (PgDown)</source>
        <translation>Năm sau (PgDown)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Announce a day off or a working day (Insert)</source>
        <translation>Thêm thông báo ngày nghỉ hoặc ngày làm bù (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Remove the selected announcement (Del)</source>
        <translation>Xóa thông báo đang chọn (Del)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Nhập &amp;CSV…</translation>
    </message>
    <message>
        <source>Columns: date,kind,name,legal_reference; kind is off or work</source>
        <translation>Các cột: date,kind,name,legal_reference; kind là off (nghỉ) hoặc work (làm việc)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Xuất CS&amp;V…</translation>
    </message>
    <message>
        <source>Only an administrator can change the calendar; you can view and export it.</source>
        <translation>Chỉ quản trị viên mới được sửa lịch; bạn có thể xem và xuất lịch.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListModel</name>
    <message>
        <source>The dossiers could not be read: %1</source>
        <translation>Không đọc được danh sách hồ sơ: %1</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Xong quá hạn</translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation>Xong trước hạn</translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation>Xong đúng hạn</translation>
    </message>
    <message>
        <source>New date promised in the apology: %1</source>
        <translation>Ngày hẹn lại trong phiếu xin lỗi: %1</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Thời hạn còn lại</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <source>Clock stopped, %1 left</source>
        <translation>Tạm dừng, còn %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Đến hạn %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Còn %1</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListPage</name>
    <message>
        <source>Code, name (without accents is fine), ID number or phone</source>
        <translation>Mã hồ sơ, họ tên (gõ không dấu cũng được), số định danh hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Tiếp nhận trong khoảng</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All deciding offices</source>
        <translation>Tất cả cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <translation>Người tiếp nhận: %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <source>%1+ dossiers</source>
        <translation>Trên %1 hồ sơ</translation>
    </message>
    <message>
        <source>%1 dossier(s)</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <source>%1+ dossiers found</source>
        <translation>Tìm thấy từ %1 hồ sơ trở lên</translation>
    </message>
    <message>
        <source>%1 dossier(s) found</source>
        <translation>Tìm thấy %1 hồ sơ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n dossier(s)</source>
        <translation>
            <numerusform>Chuyển %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers transferred</source>
        <translation>Đã chuyển hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over. Print the handover list now?</source>
        <translation>
            <numerusform>Đã bàn giao %n hồ sơ. In Giấy bàn giao hồ sơ ngay bây giờ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Transfer selected… (Ctrl+T)</source>
        <translation>&amp;Chuyển các hồ sơ đã chọn… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Hand the selected dossiers over to the deciding office together and print the handover list</source>
        <translation>Bàn giao cùng lúc các hồ sơ đã chọn cho cơ quan giải quyết và in Giấy bàn giao hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::DossierWindow</name>
    <message>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Diễn biến</translation>
    </message>
    <message>
        <source>&amp;Handovers</source>
        <translation>&amp;Bàn giao</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In phiếu…</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Deciding office:</source>
        <translation>Cơ quan giải quyết:</translation>
    </message>
    <message>
        <source>Received by way of:</source>
        <translation>Hình thức nộp:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Người nộp hồ sơ:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Authorised person:</source>
        <translation>Người được ủy quyền:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Số bộ hồ sơ:</translation>
    </message>
    <message>
        <source>Result returned:</source>
        <translation>Nhận kết quả:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Người tiếp nhận:</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Sổ theo dõi:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>D&amp;ocuments received:</source>
        <translation>&amp;Thành phần hồ sơ đã nhận:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận lúc:</translation>
    </message>
    <message>
        <source>Time allowed:</source>
        <translation>Thời gian giải quyết:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <source>Promised (new date):</source>
        <translation>Hẹn trả (ngày mới):</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Giải quyết xong:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Đã trả kết quả:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Bên giao</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian giao nhận</translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation>Hạn của bước</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Hồ sơ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation>Đang tạm dừng từ %1</translation>
    </message>
    <message>
        <source>By post to %1</source>
        <translation>Qua bưu chính đến %1</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>book %1, no. %2</source>
        <translation>quyển số %1, số thứ tự %2</translation>
    </message>
    <message>
        <source>Refusal decision</source>
        <translation>Văn bản từ chối giải quyết</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Có kết quả giải quyết</translation>
    </message>
    <message>
        <source>Counted from the time of reception, on working days only.</source>
        <translation>Tính từ thời điểm tiếp nhận, chỉ tính ngày làm việc.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>người nộp hồ sơ</translation>
    </message>
    <message>
        <source>The step budget of the procedure</source>
        <translation>Thời gian quy định cho bước này của thủ tục</translation>
    </message>
    <message>
        <source>The dossier&apos;s due time</source>
        <translation>Hạn giải quyết của hồ sơ</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Nothing more can be done: the dossier&apos;s life is complete.</source>
        <translation>Hồ sơ đã hoàn tất, không còn thao tác nào.</translation>
    </message>
    <message>
        <source>Print the %1 of dossier %2?</source>
        <translation>In %1 của hồ sơ %2?</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source>Recorded for dossier %1. Print the %2 for the applicant now?</source>
        <translation>Đã ghi nhận cho hồ sơ %1. In %2 cho người nộp ngay bây giờ?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeSlipDialog</name>
    <message>
        <source>Request completion of the dossier</source>
        <translation>Yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>What must be added or completed (one item per line):</source>
        <translation>Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung):</translation>
    </message>
    <message>
        <source>Refuse to receive the dossier</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Reason for refusing:</source>
        <translation>Lý do từ chối:</translation>
    </message>
    <message>
        <source>Record and print the request</source>
        <translation>Ghi nhận và in phiếu yêu cầu</translation>
    </message>
    <message>
        <source>Record and print the refusal</source>
        <translation>Ghi nhận và in phiếu từ chối</translation>
    </message>
    <message>
        <source>List at least one item to add or complete.</source>
        <translation>Hãy ghi ít nhất một nội dung cần bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation>Phải ghi lý do.</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeSlipModel</name>
    <message>
        <source>Completion</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Công chức lập</translation>
    </message>
</context>
<context>
    <name>motcua::IssuedSlipsDialog</name>
    <message numerus="yes">
        <source>The newest %n slips; search to find older ones.</source>
        <translation>
            <numerusform>%n phiếu mới nhất; hãy tìm kiếm để thấy các phiếu cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s)</source>
        <translation>
            <numerusform>%n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>Slips issued at the counter</source>
        <translation>Phiếu đã lập tại quầy</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Slip number, name (diacritics optional), ID number or phone</source>
        <translation>Số phiếu, họ tên (gõ dấu hay không đều được), số định danh hoặc số điện thoại</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến ng&amp;ày:</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;In lại…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Slip no. %1 for %2 was printed before: this copy is marked "BẢN IN LẠI" and the reprint is logged.</source>
        <translation>Phiếu số %1 của %2 đã được in trước đây: bản này có dòng "BẢN IN LẠI" và việc in lại được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Slip no. %1 for %2 has not been printed yet.</source>
        <translation>Phiếu số %1 của %2 chưa được in lần nào.</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>In phiếu</translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Sign in — Một Cửa</source>
        <translation>Đăng nhập — Một Cửa</translation>
    </message>
    <message>
        <source>Một Cửa</source>
        <translation>Một Cửa</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Reception</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Awaiting collection</source>
        <translation>Chờ trả kết quả</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Procedure catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Receive a dossier</source>
        <translation>&amp;Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Receive a new dossier (%1)</source>
        <translation>Tiếp nhận hồ sơ mới (%1)</translation>
    </message>
    <message>
        <source>&amp;Find a dossier by code</source>
        <translation>Tìm hồ sơ theo &amp;mã</translation>
    </message>
    <message>
        <source>&amp;About Một Cửa</source>
        <translation>&amp;Giới thiệu Một Cửa</translation>
    </message>
    <message>
        <source>Dossier code, name, ID number or phone (Ctrl+L)</source>
        <translation>Mã hồ sơ, họ tên, số định danh hoặc số điện thoại (Ctrl+L)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>CSDL: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Office not set up</source>
        <translation>Chưa khai báo cơ quan</translation>
    </message>
    <message>
        <source>Một Cửa</source>
        <translation>Một Cửa</translation>
    </message>
    <message>
        <source>Một Cửa — %1</source>
        <translation>Một Cửa — %1</translation>
    </message>
    <message>
        <source>About Một Cửa</source>
        <translation>Giới thiệu Một Cửa</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Back up the database now</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Đã ghi bản sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Một Cửa databases (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu Một Cửa (*.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup %1?</source>
        <translation>Thay toàn bộ cơ sở dữ liệu bằng bản sao lưu %1?</translation>
    </message>
    <message>
        <source>Everything recorded since that backup is replaced. A safety copy of the current database is saved first in %1.

Close Một Cửa on every other counter that uses this database before you continue.</source>
        <translation>Mọi dữ liệu ghi nhận sau thời điểm sao lưu đó sẽ bị thay thế. Trước đó, một bản sao an toàn của cơ sở dữ liệu hiện tại được lưu vào %1.

Hãy đóng Một Cửa trên mọi máy khác đang dùng cơ sở dữ liệu này trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The database was restored from %1.
The previous database was saved as %2.

Một Cửa closes now. Start it again and sign in.</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ %1.
Cơ sở dữ liệu trước đó đã được lưu thành %2.

Một Cửa sẽ đóng lại. Hãy mở lại chương trình và đăng nhập.</translation>
    </message>
    <message>
        <source>Create training database</source>
        <translation>Tạo cơ sở dữ liệu đào tạo</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Cơ sở dữ liệu (*.sqlite)</translation>
    </message>
    <message>
        <source>How many demo dossiers (ten years of them)?</source>
        <translation>Tạo bao nhiêu hồ sơ mẫu (trải trên mười năm)?</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Không thay thế được %1.</translation>
    </message>
    <message>
        <source>Generating demo dossiers…</source>
        <translation>Đang tạo hồ sơ mẫu…</translation>
    </message>
    <message>
        <source>%1 demo dossiers were generated in %2. Open the training database now?</source>
        <translation>Đã tạo %1 hồ sơ mẫu trong %2. Mở cơ sở dữ liệu đào tạo ngay bây giờ?</translation>
    </message>
    <message>
        <source>Create &amp;training database…</source>
        <translation>Tạo CSDL &amp;đào tạo…</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>Danh sách công việc</translation>
    </message>
    <message>
        <source>[TRAINING]</source>
        <translation>[CSDL ĐÀO TẠO]</translation>
    </message>
    <message>
        <source>&amp;Slips issued at the counter…</source>
        <translation>&amp;Phiếu đã lập tại quầy…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Page set&amp;up</source>
        <translation>Thiết lập trang &amp;in</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Một Cửa %1&lt;/h3&gt;&lt;p&gt;Receiving dossiers of administrative procedures, promising exact return times, following each dossier to the return of its result.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;br&gt;SQLite %5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;Log: %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Một Cửa %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ thủ tục hành chính, hẹn trả kết quả chính xác, theo dõi từng hồ sơ đến khi trả kết quả.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;br&gt;Phiên bản lược đồ: %3&lt;/p&gt;&lt;p&gt;Qt %4&lt;br&gt;SQLite %5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;Nhật ký: %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Một Cửa could not start again on %1. Start it again yourself: it opens that database.</source>
        <translation>Một Cửa không tự khởi động lại được trên %1. Hãy tự khởi động lại: chương trình sẽ mở cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Mở &amp;cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Database: %1 on %2</source>
        <translation>Cơ sở dữ liệu: %1 trên %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
</context>
<context>
    <name>motcua::OfficeSettingsDialog</name>
    <message>
        <source>Set up the office</source>
        <translation>Thiết lập thông tin cơ quan</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Một Cửa.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Before the first dossier can be received, enter the office&apos;s details: its name and parent body are printed on every receipt and slip, and the office code begins every dossier code. You can change them later under Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chào mừng đến với Một Cửa.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trước khi tiếp nhận hồ sơ đầu tiên, hãy nhập thông tin của cơ quan: tên cơ quan và đơn vị chủ quản được in trên mọi giấy tiếp nhận và phiếu, mã cơ quan đứng đầu mọi mã hồ sơ. Có thể thay đổi sau trong mục Cài đặt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>These settings are shared by every counter that uses this database. Names and codes appear on receipts and in dossier codes.</source>
        <translation>Các thông tin này dùng chung cho mọi quầy sử dụng cơ sở dữ liệu này. Tên và mã được in trên giấy tiếp nhận và dùng trong mã hồ sơ.</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc</translation>
    </message>
    <message>
        <source>%1: *</source>
        <translation>%1: *</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>motcua::OpenDatabaseDialog</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Tệp trên máy tính này</translation>
    </message>
    <message>
        <source>A database &amp;server</source>
        <translation>Cơ sở dữ liệu trên máy &amp;chủ</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>Đường &amp;dẫn:</translation>
    </message>
    <message>
        <source>name or IP address, e.g. 10.0.0.5</source>
        <translation>tên hoặc địa chỉ IP, ví dụ 10.0.0.5</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Mã hóa khi máy chủ hỗ trợ (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Luôn mã hóa (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Mã hóa và kiểm tra chứng chỉ của máy chủ (verify-full)</translation>
    </message>
    <message>
        <source>Do not encrypt (disable)</source>
        <translation>Không mã hóa (disable)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Cổ&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Địa chỉ &amp;máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>Tên cơ sở dữ l&amp;iệu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng nhậ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>Mã hóa (&amp;SSL):</translation>
    </message>
    <message>
        <source>&amp;Recent databases:</source>
        <translation>Đã mở &amp;gần đây:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type the path of the database file, or choose it with Browse.</source>
        <translation>Hãy nhập đường dẫn của tệp cơ sở dữ liệu, hoặc bấm Chọn… để tìm tệp.</translation>
    </message>
    <message>
        <source>Type the name or address of the database server.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Databases (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Create a new, empty Một Cửa database there?</source>
        <translation>Tệp %1 không tồn tại. Tạo một cơ sở dữ liệu Một Cửa mới, trống tại đó?</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user %2.</source>
        <translation>Máy chủ %1 yêu cầu mật khẩu của người dùng %2.</translation>
    </message>
</context>
<context>
    <name>motcua::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Change the password of %1 (%2).</source>
        <translation>Đổi mật khẩu của %1 (%2).</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to the person in private; they can change it afterwards.</source>
        <translation>Đặt mật khẩu mới cho %1. Hãy báo mật khẩu riêng cho người đó; họ có thể tự đổi sau.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the password</source>
        <translation>Lưu mật khẩu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureTableModel</name>
    <message>
        <source>Same day</source>
        <translation>Trong ngày</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Ngừng áp dụng</translation>
    </message>
    <message>
        <source>Dossiers received at or after %1 count from the next working day.</source>
        <translation>Hồ sơ tiếp nhận từ %1 trở đi được tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Giờ chốt</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>motcua::ProceduresPage</name>
    <message>
        <source>%1 You can search the catalogue and export it.</source>
        <translation>%1 Bạn có thể tra cứu và xuất danh mục.</translation>
    </message>
    <message>
        <source>Search by code or name, with or without diacritics (Ctrl+F)</source>
        <translation>Tìm theo mã hoặc tên, có dấu hoặc không dấu (Ctrl+F)</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Add or update procedures from a CSV file: all rows or none</source>
        <translation>Thêm hoặc cập nhật thủ tục từ tệp CSV: nhập tất cả các dòng hoặc không nhập dòng nào</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>National code, e.g. 1.001193</source>
        <translation>Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001193</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Tê&amp;n thủ tục:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Cấ&amp;p thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Thời hạn giải &amp;quyết:</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <source>F&amp;ee:</source>
        <translation>Phí, &amp;lệ phí:</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thêm giấ&amp;y tờ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cut-off at %1</source>
        <translation>Áp dụng giờ chốt %1</translation>
    </message>
    <message>
        <source>Dossiers received at or after %1 count from the next working day.</source>
        <translation>Hồ sơ tiếp nhận từ %1 trở đi được tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Thủ tục mới</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <source>the new procedure</source>
        <translation>thủ tục mới</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation>Các thay đổi của %1 chưa được lưu. Bỏ các thay đổi này?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Deactivate procedure</source>
        <translation>Ngừng áp dụng thủ tục</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)?

It will no longer be offered at reception. Dossiers already received keep it, and it can be activated again.</source>
        <translation>Ngừng áp dụng %1 (%2)?

Thủ tục sẽ không còn được chọn khi tiếp nhận hồ sơ. Các hồ sơ đã tiếp nhận vẫn giữ thủ tục này, và có thể áp dụng lại sau.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng áp dụng</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 đã được áp dụng lại.</translation>
    </message>
    <message>
        <source>%1 is no longer in use.</source>
        <translation>%1 đã ngừng áp dụng.</translation>
    </message>
    <message>
        <source>Import procedures</source>
        <translation>Nhập danh mục thủ tục</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8" and import it again.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu lại từ bảng tính dưới dạng "CSV UTF-8" rồi nhập lại.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new procedure(s), %3 updated.</source>
        <translation>Đã nhập %1: %2 thủ tục mới, %3 thủ tục được cập nhật.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Không nhập tệp</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file and import it again:</source>
        <translation>Chưa nhập thủ tục nào. Hãy sửa các lỗi dưới đây trong tệp rồi nhập lại:</translation>
    </message>
    <message>
        <source>Export procedures</source>
        <translation>Xuất danh mục thủ tục</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1.</source>
        <translation>Đã xuất danh mục ra %1.</translation>
    </message>
    <message>
        <source>Step bud&amp;gets:</source>
        <translation>Định mức thời gian th&amp;eo bước:</translation>
    </message>
    <message>
        <source>Optional: the working days each step may take. The control slip judges each handover early, on time or late against them. A step is the one-stop counter, the deciding office, or an office by its exact name (which wins over the deciding office). A step without a budget has until the dossier&apos;s due time.</source>
        <translation>Không bắt buộc: số ngày làm việc mà mỗi bước được phép sử dụng. Phiếu kiểm soát dựa vào đó để đánh giá từng lần giao nhận là trước hạn, đúng hạn hay quá hạn. Một bước là Bộ phận Một cửa, cơ quan giải quyết, hoặc một cơ quan ghi đúng tên (được ưu tiên hơn cơ quan giải quyết). Bước không có định mức thì được tính đến thời điểm hẹn trả kết quả của hồ sơ.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Số ngày làm việc</translation>
    </message>
    <message>
        <source>An office&apos;s name</source>
        <translation>Tên một cơ quan</translation>
    </message>
    <message>
        <source>Add &amp;budget</source>
        <translation>Bổ sung bước</translation>
    </message>
    <message>
        <source>Step budgets, row %1: choose a step or type an office&apos;s name.</source>
        <translation>Định mức thời gian theo bước, dòng %1: hãy chọn một bước hoặc nhập tên một cơ quan.</translation>
    </message>
    <message>
        <source>Step budgets: "%1" is listed more than once.</source>
        <translation>Định mức thời gian theo bước: "%1" được ghi nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>One-stop counter</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Ne&amp;w procedure</source>
        <translation>Thủ tục mớ&amp;i</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Nhập C&amp;SV…</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>Decidi&amp;ng office:</source>
        <translation>&amp;Cơ quan giải quyết:</translation>
    </message>
    <message>
        <source>Remove b&amp;udget</source>
        <translation>L&amp;oại bỏ bước</translation>
    </message>
    <message>
        <source>Effective fr&amp;om:</source>
        <translation>Ngày &amp;bắt đầu áp dụng:</translation>
    </message>
    <message>
        <source>In use (offered at rece&amp;ption)</source>
        <translation>Đang áp dụng (được chọn &amp;khi tiếp nhận)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên t&amp;rên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Ngừng áp &amp;dụng…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Áp &amp;dụng lại</translation>
    </message>
</context>
<context>
    <name>motcua::ReceptionPage</name>
    <message>
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>Thủ tụ&amp;c:</translation>
    </message>
    <message>
        <source>Type part of the name or the code, e.g. "khai sinh" or "1.0011"</source>
        <translation>Gõ một phần tên hoặc mã, ví dụ "khai sinh" hoặc "1.0011"</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Scan the QR code of the chip ID card</source>
        <translation>Quét mã QR trên thẻ căn cước gắn chíp</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Personal ID number:</source>
        <translation>Số định danh cá nhân:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Another document handed in, then Enter</source>
        <translation>Giấy tờ khác đã nộp, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Number of &amp;sets:</source>
        <translation>Số &amp;lượng hồ sơ (bộ):</translation>
    </message>
    <message>
        <source>Postal address for the result</source>
        <translation>Địa chỉ nhận kết quả qua bưu chính</translation>
    </message>
    <message>
        <source>&amp;Receive and print receipt (Ctrl+Enter)</source>
        <translation>Tiếp nhận &amp;và in giấy hẹn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New applicant (Ctrl+Shift+N)</source>
        <translation>Người nộp mới (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>Tê&amp;n tổ chức:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Tax code or identifier</source>
        <translation>Mã số thuế hoặc mã định danh</translation>
    </message>
    <message>
        <source>Choose a procedure to see the promised return time.</source>
        <translation>Chọn thủ tục để xem thời gian hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>No return time can be computed: check the working calendar.</source>
        <translation>Không tính được thời gian trả kết quả: hãy kiểm tra lịch làm việc.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Processing time:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Return of the result if received now:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Thời gian giải quyết:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hẹn trả kết quả nếu tiếp nhận bây giờ:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fee:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Phí, lệ phí:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1, received %2, %3</source>
        <translation>%1, tiếp nhận %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this applicant already has %n open dossier(s) for the same procedure:
%1</source>
        <translation>
            <numerusform>Lưu ý: người này đang có %n hồ sơ chưa giải quyết xong của cùng thủ tục:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is not a date (dd/mm/yyyy).</source>
        <translation>Ngày sinh không phải là ngày hợp lệ (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Documents not ticked</source>
        <translation>Giấy tờ chưa được đánh dấu</translation>
    </message>
    <message>
        <source>These documents of the checklist are not ticked as received:

• %1

A dossier is received only when it is complete. Receive it anyway?</source>
        <translation>Các giấy tờ sau trong thành phần hồ sơ chưa được đánh dấu là đã nhận:

• %1

Chỉ tiếp nhận hồ sơ đầy đủ. Vẫn tiếp nhận?</translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation>Đã tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1 is received.
Return of the result: %2.

Print the receipt now?</source>
        <translation>Đã tiếp nhận hồ sơ %1.
Hẹn trả kết quả: %2.

In giấy tiếp nhận ngay bây giờ?</translation>
    </message>
    <message>
        <source>Refusal recorded</source>
        <translation>Đã ghi nhận từ chối</translation>
    </message>
    <message>
        <source>Request for completion recorded</source>
        <translation>Đã ghi nhận yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Slips issued… (Ctrl+Shift+P)</source>
        <translation>Phiếu đã lập… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Requests for completion and refusals recorded at the counter, to print again</source>
        <translation>Các phiếu yêu cầu bổ sung và phiếu từ chối đã lập tại quầy, để in lại</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source>S&amp;can ID card (F2):</source>
        <translation>&amp;Quét CCCD (F2):</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Submitted b&amp;y an authorised person</source>
        <translation>Nộp thay qua người được ủ&amp;y quyền</translation>
    </message>
    <message>
        <source>Sub&amp;mitted via:</source>
        <translation>Hình thức nộ&amp;p:</translation>
    </message>
    <message>
        <source>Documents handed in (tick &amp;what was received; Space toggles):</source>
        <translation>Thành phần hồ sơ (đánh dấ&amp;u giấy tờ đã nhận; phím cách để chọn):</translation>
    </message>
    <message>
        <source>Resu&amp;lt returned:</source>
        <translation>Trả &amp;kết quả:</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>By post to:</source>
        <translation>Qua bưu chính đến:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Re&amp;quest completion (Ctrl+B)</source>
        <translation>Yêu cầu &amp;bổ sung (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ref&amp;use (Ctrl+Shift+R)</source>
        <translation>Từ chố&amp;i (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Họ và tê&amp;n:</translation>
    </message>
    <message>
        <source>Personal &amp;ID number:</source>
        <translation>Số định &amp;danh cá nhân:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation code:</source>
        <translation>&amp;Mã số tổ chức:</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>Người nộp mới</translation>
    </message>
    <message>
        <source>The form holds data that was not received. Clear it for a new applicant?</source>
        <translation>Biểu mẫu còn thông tin chưa được tiếp nhận. Xóa để nhập cho người nộp mới?</translation>
    </message>
    <message>
        <source>&amp;Clear the form</source>
        <translation>&amp;Xóa biểu mẫu</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Tiếp tục nhập</translation>
    </message>
    <message>
        <source>Refusal no. %1 recorded.</source>
        <translation>Đã ghi phiếu từ chối số %1.</translation>
    </message>
    <message>
        <source>Request for completion no. %1 recorded.</source>
        <translation>Đã ghi phiếu yêu cầu bổ sung số %1.</translation>
    </message>
    <message>
        <source>The refusal is recorded as slip no. %1. Print the slip for the applicant now?</source>
        <translation>Đã ghi phiếu từ chối số %1. In phiếu cho người nộp ngay bây giờ?</translation>
    </message>
    <message>
        <source>The request for completion is recorded as slip no. %1. Print the slip for the applicant now?</source>
        <translation>Đã ghi phiếu yêu cầu bổ sung số %1. In phiếu cho người nộp ngay bây giờ?</translation>
    </message>
</context>
<context>
    <name>motcua::ReportTableModel</name>
    <message>
        <source>Field: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>The figures of this line do not balance.</source>
        <translation>Số liệu của dòng này không cân đối.</translation>
    </message>
</context>
<context>
    <name>motcua::ReportsPage</name>
    <message>
        <source>Supervisor board</source>
        <translation>Bảng theo dõi của lãnh đạo</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Báo cáo theo kỳ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <source>By deciding office</source>
        <translation>Theo cơ quan giải quyết</translation>
    </message>
    <message>
        <source>By receiving clerk</source>
        <translation>Theo cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>The register (Sổ theo dõi hồ sơ) lists the dossiers received in the period, one line each with every column of the official book: code, procedure, applicant, address and phone, deciding office, reception, promised and actual return, how the result is received, and a column to sign. It is kept per field. Every export is recorded in the audit trail.</source>
        <translation>Sổ theo dõi hồ sơ liệt kê các hồ sơ tiếp nhận trong kỳ, mỗi hồ sơ một dòng với đủ các cột của sổ: mã hồ sơ, thủ tục, tổ chức/cá nhân, địa chỉ và số điện thoại, cơ quan chủ trì giải quyết, ngày nhận, ngày hẹn trả và ngày trả kết quả, phương thức nhận kết quả và cột ký nhận. Sổ được lập theo từng lĩnh vực. Mọi lần xuất sổ đều được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Early: finished before the due day. On time: on the due day, not after the due time. Late: after the due time (the apology&apos;s new date does not count). In progress: counted at the end of the period. Refusals at reception are not received dossiers. Average time: working days from reception to result, paused time excluded.</source>
        <translation>Trước hạn: giải quyết xong trước ngày hẹn trả. Đúng hạn: xong trong ngày hẹn trả, không sau giờ hẹn. Quá hạn: xong sau thời điểm hẹn trả (ngày hẹn lại trong phiếu xin lỗi không được tính). Đang giải quyết: tính tại thời điểm cuối kỳ. Hồ sơ bị từ chối tiếp nhận không tính là hồ sơ tiếp nhận. Thời gian trung bình: số ngày làm việc từ khi tiếp nhận đến khi có kết quả, không tính thời gian tạm dừng.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>Tỷ lệ đúng hạn (%)</translation>
    </message>
    <message>
        <source>On-time rate by month (%)</source>
        <translation>Tỷ lệ đúng hạn theo tháng (%)</translation>
    </message>
    <message>
        <source>Overdue dossiers by deciding office</source>
        <translation>Hồ sơ quá hạn theo cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Report %1 to %2</source>
        <translation>Báo cáo từ %1 đến %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Open dossiers overdue or due within %n working day(s), as of %1. Click a count to see the dossiers.</source>
        <translation>
            <numerusform>Hồ sơ đang giải quyết đã quá hạn hoặc đến hạn trong %n ngày làm việc, tính đến %1. Bấm vào một số liệu để xem các hồ sơ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ServerPasswordDialog</name>
    <message>
        <source>Password for the database server</source>
        <translation>Mật khẩu máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the user %2 to open the database %3.</source>
        <translation>Máy chủ cơ sở dữ liệu %1 yêu cầu mật khẩu của người dùng %2 để mở cơ sở dữ liệu %3.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&lt;i&gt;not set&lt;/i&gt;</source>
        <translation>&lt;i&gt;chưa thiết lập&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Edit office settings…</source>
        <translation>&amp;Sửa thông tin cơ quan…</translation>
    </message>
</context>
<context>
    <name>motcua::SlipPrinter</name>
    <message>
        <source>slip</source>
        <translation>phiếu</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>There is no printer named "%1": this computer has no printer.</source>
        <translation>Không có máy in nào tên "%1": máy tính này chưa có máy in.</translation>
    </message>
    <message>
        <source>There is no printer named "%1". Printers: %2.</source>
        <translation>Không có máy in nào tên "%1". Các máy in: %2.</translation>
    </message>
</context>
<context>
    <name>motcua::TimelineModel</name>
    <message>
        <source>Recorded at %1</source>
        <translation>Ghi nhận lúc %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ trạng thái</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sang trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>motcua::UserDialog</name>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Welcome to Một Cửa</source>
        <translation>Chào mừng đến với Một Cửa</translation>
    </message>
    <message>
        <source>No account exists yet. Create the administrator&apos;s account: the administrator adds the accounts of clerks and supervisors, and maintains the procedure catalogue, the working calendar and the settings.</source>
        <translation>Chưa có tài khoản nào. Hãy tạo tài khoản quản trị: quản trị viên cấp tài khoản cho cán bộ một cửa và lãnh đạo, đồng thời quản lý danh mục thủ tục, lịch làm việc và các cài đặt.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>The person signs in with this username and password, and can change the password later.</source>
        <translation>Người dùng đăng nhập bằng tên đăng nhập và mật khẩu này, sau đó có thể tự đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::UserModel</name>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bị khóa đến %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
</context>
<context>
    <name>motcua::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Role of %1 (%2):</source>
        <translation>Vai trò của %1 (%2):</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>Thêm &amp;người dùng…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt lại</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>Đặt &amp;mật khẩu mới…</translation>
    </message>
    <message>
        <source>Change the &amp;role…</source>
        <translation>Đổi va&amp;i trò…</translation>
    </message>
    <message>
        <source>A disabled account cannot sign in; its history stays.</source>
        <translation>Tài khoản bị vô hiệu hóa không đăng nhập được; lịch sử thao tác vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Allows the account to sign in again, also after a lockout.</source>
        <translation>Cho phép tài khoản đăng nhập trở lại, kể cả khi đang bị khóa do đăng nhập sai.</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
</context>
<context>
    <name>motcua::YearView</name>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Weekly rest day</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Ngày nghỉ: %1</translation>
    </message>
    <message>
        <source>Working day by announcement</source>
        <translation>Ngày làm việc theo thông báo (làm bù)</translation>
    </message>
    <message>
        <source>Working day by announcement: %1</source>
        <translation>Ngày làm việc theo thông báo: %1</translation>
    </message>
    <message>
        <source>Legal reference: %1</source>
        <translation>Căn cứ pháp lý: %1</translation>
    </message>
    <message>
        <source>Holiday or day off</source>
        <translation>Ngày lễ, Tết hoặc ngày nghỉ</translation>
    </message>
</context>
</TS>
