#pragma once

// Dossiers after reception, for tests of the lifecycle: valid inputs for every action and the
// shortest way to bring a new dossier to each status.

#include "store/dossierlifecycle.h"
#include "store/dossierstore.h"
#include "store/intakeslipstore.h"
#include "storefixture.h"

namespace motcua::test {

inline Actor supervisor()
{
    Actor actor;
    actor.username = QStringLiteral("lead");
    actor.fullName = QStringLiteral("Phạm Văn Trưởng");
    actor.role = Role::Supervisor;
    return actor;
}

// A valid input for `action`, stated at `at` (invalid: now).
inline ActionInput validInput(DossierAction action, const QDateTime &at = {})
{
    ActionInput input;
    input.occurredAt = at;
    switch (action) {
    case DossierAction::Transfer:
        input.giver = QStringLiteral("Lê Thị Hoa");
        input.receiver = QStringLiteral("Trần Văn Bình");
        input.office = QStringLiteral("Công chức Tư pháp - Hộ tịch");
        break;
    case DossierAction::RequestDocuments:
        input.items = {QStringLiteral("Bản sao Giấy khai sinh")};
        input.reason = QStringLiteral("Thiếu giấy tờ chứng minh nhân thân");
        break;
    case DossierAction::RequestPayment:
        input.reason = QStringLiteral("Lệ phí cấp giấy");
        input.amount = QStringLiteral("10.000 đồng");
        break;
    case DossierAction::ApologyExtension:
        input.reason = QStringLiteral("Cần xác minh thêm tại nơi cư trú trước đây");
        input.newDueAt = officeTime(2026, 3, 20, 16, 0);
        break;
    case DossierAction::RecordResult:
        input.giver = QStringLiteral("Trần Văn Bình");
        input.receiver = QStringLiteral("Lê Thị Hoa");
        input.office = QStringLiteral("Công chức Tư pháp - Hộ tịch");
        input.description = QStringLiteral("Giấy xác nhận tình trạng hôn nhân số 15/2026");
        break;
    case DossierAction::RecordRefusal:
        input.giver = QStringLiteral("Trần Văn Bình");
        input.receiver = QStringLiteral("Lê Thị Hoa");
        input.office = QStringLiteral("Công chức Tư pháp - Hộ tịch");
        input.reason = QStringLiteral("Không đủ điều kiện theo quy định");
        break;
    case DossierAction::Return:
        input.collectorName = QStringLiteral("Nguyễn Văn Đặng");
        input.collectorId = QStringLiteral("001090012345");
        input.originalsTakenBack = true;
        break;
    case DossierAction::Withdraw:
        input.reason = QStringLiteral("Người nộp xin rút hồ sơ");
        break;
    case DossierAction::DocumentsReceived:
    case DossierAction::PaymentDone:
        break;
    }
    return input;
}

// The actions that bring a received dossier to `status`.
inline QList<DossierAction> pathTo(DossierStatus status)
{
    using A = DossierAction;
    switch (status) {
    case DossierStatus::Received:
        return {};
    case DossierStatus::Processing:
        return {A::Transfer};
    case DossierStatus::AwaitingDocuments:
        return {A::Transfer, A::RequestDocuments};
    case DossierStatus::AwaitingPayment:
        return {A::Transfer, A::RequestPayment};
    case DossierStatus::ResultReady:
        return {A::Transfer, A::RecordResult};
    case DossierStatus::Refused:
        return {A::Transfer, A::RecordRefusal};
    case DossierStatus::Returned:
        return {A::Transfer, A::RecordResult, A::Return};
    case DossierStatus::Withdrawn:
        return {A::Withdraw};
    }
    return {};
}

// Receives a dossier (Monday 2 March 2026 09:15, 3 working days) and applies the path to
// `status`, one step an hour from 10:00. Returns 0 on failure.
inline qint64 dossierIn(const Database &db, DossierStatus status, QString *failure = nullptr)
{
    QList<FieldError> errors;
    const auto dossier = DossierStore(db.connection()).receive(clerk(), validRequest(db), &errors);
    if (!dossier) {
        if (failure)
            *failure = Reception::joined(errors);
        return 0;
    }
    DossierLifecycle lifecycle(db.connection());
    int hour = 10;
    for (DossierAction action : pathTo(status)) {
        if (!lifecycle.apply(supervisor(), dossier->id, action,
                             validInput(action, officeTime(2026, 3, 2, hour++, 0)), &errors)) {
            if (failure)
                *failure = DossierFlow::actionKey(action) + QStringLiteral(": ")
                    + Reception::joined(errors);
            return 0;
        }
    }
    return dossier->id;
}

// Records a refusal at the counter (an intake slip, no dossier); its number, 0 on failure.
inline qint64 recordRefusalSlip(const Database &db, QList<FieldError> *errors)
{
    IntakeSlip refusal;
    refusal.kind = IntakeSlip::Kind::Refusal;
    refusal.procedureId = procedureId(db, QStringLiteral("1.004873"));
    refusal.applicant.name = QStringLiteral("Trần Thị Hoa");
    refusal.applicant.idNumber = QStringLiteral("079185000111");
    refusal.applicant.address = QStringLiteral("Thôn Tây, xã Tân Hòa");
    refusal.reason = QStringLiteral("Thủ tục không thuộc thẩm quyền của xã");
    return IntakeSlipStore(db.connection()).record(clerk(), refusal, errors);
}

} // namespace motcua::test
