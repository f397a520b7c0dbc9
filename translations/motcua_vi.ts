<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
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
            <numerusform>Phát hiện %n lỗi.</numerusform></translation>
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
        <source>Check the database's integrity and foreign keys (exit 0 when clean, 1 when not).</source>
        <translation>Kiểm tra tính toàn vẹn và khóa ngoại của cơ sở dữ liệu (mã thoát 0 nếu không có lỗi, 1 nếu có).</translation>
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
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Một Cửa cannot start</source>
        <translation>Không khởi động được Một Cửa</translation>
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
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Không có tùy chọn '%1'.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không có các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Thiếu giá trị sau '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Giá trị không hợp lệ sau '%1'.</translation>
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
    <name>SettingsStore</name>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Không lưu được thiết lập %1: %2</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>motcua::DeadlineStep</name>
    <message>
        <source>Received at %1, outside working hours: counting starts at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received at %1, at or after the cut-off time: counting starts at %2, on the next working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused from %1 to %2: the deadline moves by %3 of working time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused from %1 to %2 (%3): the deadline moves by %4 of working time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extended to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation type="unfinished" />
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
        <source>&lt;h3&gt;Một Cửa %1&lt;/h3&gt;&lt;p&gt;Receiving dossiers of administrative procedures, promising exact return times, following each dossier to the return of its result.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Một Cửa %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ thủ tục hành chính, hẹn trả kết quả chính xác, theo dõi từng hồ sơ đến khi trả kết quả.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;br&gt;Phiên bản lược đồ: %3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
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
</context>
<context>
    <name>motcua::WorkCalendar</name>
    <message>
        <source>Labour Code 2019, Article 112</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Year's Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lunar New Year (Tet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hung Kings' Commemoration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reunification Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>International Workers' Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compensatory day off for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour Code 2019, Article 111</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
