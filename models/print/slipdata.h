#pragma once

#include "domain/dossier.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The inputs of the slips beyond a Dossier and the office's settings. Plain values: the caller
// (a page, or the `motcua print` command) gathers them from the stores and the event log.
// Times may be in any zone: slips print them on the office's wall clock (Clock::local).

namespace motcua {

// What every slip states about its own issue.
struct SlipIssue
{
    QString number; // "Số: …"; empty leaves a dotted blank to fill in by hand
    QDateTime issuedAt; // the "<place>, ngày … tháng … năm …" line; invalid: see each slip
    QString signerName; // printed under the office's signature (clerk, head of office)
    bool reprint = false; // marks the slip "BẢN IN LẠI" with the time of printing
    QDateTime printedAt; // when the reprint was made; invalid: now
};

// Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
struct ReceiptOptions
{
    // number: empty gives the register's sequence number (Dossier::bookSequence);
    // issuedAt: invalid gives the time of reception; signerName: empty gives the clerk who
    // received the dossier (Dossier::receiverName).
    SlipIssue issue;
    bool twoCopies = false; // page 1 "Bản lưu" for the office, page 2 for the applicant
};

// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ and Phiếu từ chối tiếp nhận giải quyết hồ sơ: at the
// reception (no dossier code), or for a received dossier (with its code).
struct IntakeSlipData
{
    SlipIssue issue; // number: DossierStore::recordIntakeSlip(); issuedAt: invalid = now
    QString dossierCode; // empty at the reception
    ApplicantKind applicantKind = ApplicantKind::Person;
    Party applicant;
    QString procedureName;
    QStringList items; // completion: what must be added or corrected, in order
    QString reason;
    QString contactName; // completion: whom to call; empty: the office (office.name)
    QString contactPhone; // empty: office.phone
};

// Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu số 04), signed by the head of the
// office.
struct ApologyData
{
    SlipIssue issue; // signerName: the head of the office; issuedAt: invalid = now
    QDateTime newDue; // the new return time
    QString reason; // why the promised time was not met
    QString addressee; // "Kính gửi: …"; empty: the applicant's name
    QString apologisingOffice; // empty: the deciding office, else the parent body
};

// Thông báo dừng giải quyết hồ sơ, when the applicant withdraws the dossier.
struct StopNoticeData
{
    SlipIssue issue; // signerName: the clerk; issuedAt: invalid = now
    QDateTime requestedAt; // when the applicant asked to stop; invalid: a dotted blank
    QString reason; // the reason the applicant gave
};

// One handover in the Phiếu kiểm soát quá trình giải quyết hồ sơ.
struct ControlStep
{
    enum class Result { NotJudged, Early, OnTime, Late };

    QString fromOffice; // the office handing over (its work is what `result` judges)
    QString office; // the office receiving the dossier (Tên đơn vị)
    QString giver; // who handed it over
    QString receiver; // who received it
    QDateTime handedAt; // Giao
    QDateTime receivedAt; // Nhận; invalid: same as handedAt
    QDateTime due; // when fromOffice's step was due; used when result is NotJudged
    Result result = Result::NotJudged;
    QString note; // Ghi chú

    // The result as printed: `result`, or judged from handedAt against due.
    Result effectiveResult() const;
    // Early: done on a working day before the due day (office wall clock); on time: on the due
    // day, at or before the due time; late: after it. NotJudged when either time is invalid.
    static Result judge(const QDateTime &done, const QDateTime &due);
};

struct ControlSlipData
{
    SlipIssue issue; // issuedAt: invalid = the time of reception
    QStringList cooperatingOffices; // Cơ quan phối hợp giải quyết
    QList<ControlStep> steps; // in order
};

// Giấy bàn giao hồ sơ: a batch of dossiers handed to another office (or to the counter).
struct HandoverData
{
    SlipIssue issue; // issuedAt: invalid = handedAt
    QList<Dossier> dossiers; // in the order printed
    QString giver; // NGƯỜI GIAO
    QString givingOffice; // empty: office.name
    QString receiver; // NGƯỜI NHẬN
    QString receivingOffice;
    QDateTime handedAt; // invalid: a dotted blank
};

// Sổ theo dõi hồ sơ for a period and a field, on A4 landscape.
struct RegisterData
{
    SlipIssue issue; // issuedAt: invalid = now
    QDate from;
    QDate to;
    QString field; // Lĩnh vực; empty: all fields
    QString bookNumber; // Quyển số; empty: office.receipt_book
    QList<Dossier> dossiers; // in the order of the register (STT = position)
};

} // namespace motcua
