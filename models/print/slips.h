#pragma once

#include "domain/dossier.h"
#include "domain/reception.h"
#include "print/slipdata.h"
#include "print/slipdocument.h"

#include <QMap>
#include <QString>

// The slips and lists of Thông tư 03/2025/TT-VPCP, built from the templates in
// resources/templates. `office` is the office's settings as stored (office.parent, office.name,
// office.place, office.phone, office.receipt_book …); the defaults are merged in here.
// Every value is HTML-escaped; text with line breaks keeps them.

namespace motcua::Slips {

// Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5), with the QR code of the dossier code.
SlipDocument receipt(const Dossier &dossier, const QMap<QString, QString> &office,
                     const ReceiptOptions &options = {});

// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5).
SlipDocument completionRequest(const IntakeSlipData &data, const QMap<QString, QString> &office);

// Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5).
SlipDocument refusal(const IntakeSlipData &data, const QMap<QString, QString> &office);

// The completion request or the refusal of a recorded intake slip (IntakeSlipStore), numbered,
// dated and signed as recorded; `reprint` marks it "BẢN IN LẠI".
SlipDocument intakeSlip(const IntakeSlip &slip, const QMap<QString, QString> &office, bool reprint);

// Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu số 04) (A5).
SlipDocument apology(const Dossier &dossier, const QMap<QString, QString> &office,
                     const ApologyData &data);

// Thông báo dừng giải quyết hồ sơ (A5).
SlipDocument stopNotice(const Dossier &dossier, const QMap<QString, QString> &office,
                        const StopNoticeData &data);

// Phiếu kiểm soát quá trình giải quyết hồ sơ (A5).
SlipDocument controlSlip(const Dossier &dossier, const QMap<QString, QString> &office,
                         const ControlSlipData &data);

// Giấy bàn giao hồ sơ (A4 portrait, page numbers).
SlipDocument handoverList(const HandoverData &data, const QMap<QString, QString> &office);

// Sổ theo dõi hồ sơ (A4 landscape, the column headings repeated on every page, page numbers).
SlipDocument registerBook(const RegisterData &data, const QMap<QString, QString> &office);

// The paper and margins of the slips of a SlipDocument::kind ("receipt", "slip", "list",
// "register"; the report's is ReportExport::reportPageLayout()).
QPageLayout pageLayout(const QString &kind);

// "10 giờ 30 phút, ngày 26 tháng 11 năm 2026" on the office's wall clock; empty when invalid.
QString dateTimeText(const QDateTime &instant);
// "ngày 26 tháng 11 năm 2026"; empty when invalid.
QString dateText(const QDate &date);

} // namespace motcua::Slips
