#pragma once

// A fresh database with the office set up, for tests of the stores.

#include "backend.h"
#include "db/database.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/reception.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace motcua::test {

inline Actor administrator()
{
    Actor actor;
    actor.username = QStringLiteral("admin");
    actor.fullName = QStringLiteral("Quản Trị Viên");
    actor.role = Role::Administrator;
    return actor;
}

inline Actor clerk()
{
    Actor actor;
    actor.username = QStringLiteral("clerk");
    actor.fullName = QStringLiteral("Lê Thị Hoa");
    actor.role = Role::Clerk;
    return actor;
}

inline QDateTime officeTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Clock::officeZone());
}

inline qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Opens a new database (a file in `dir`, or one on the test server) with the office set up.
inline bool openOffice(Database &db, const QTemporaryDir &dir,
                       const QString &name = QStringLiteral("office.sqlite"))
{
    if (!db.open(newDatabaseLocation(dir, name)))
        return false;
    QString error;
    return SettingsStore(db.connection())
        .change(administrator(),
                {{QStringLiteral("office.code"), QStringLiteral("000.00.19.H47")},
                 {QStringLiteral("office.name"), QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa")},
                 {QStringLiteral("office.parent"), QStringLiteral("UBND xã Tân Hòa")}},
                &error);
}

inline qint64 procedureId(const Database &db, const QString &code)
{
    const auto procedure = ProcedureStore(db.connection()).findByCode(code);
    return procedure ? procedure->id : 0;
}

// A complete, valid request for "Cấp Giấy xác nhận tình trạng hôn nhân" (3 working days).
inline ReceptionRequest validRequest(const Database &db)
{
    ReceptionRequest request;
    request.procedureId = procedureId(db, QStringLiteral("1.004873"));
    request.applicant.name = QStringLiteral("Nguyễn Văn Đặng");
    request.applicant.idNumber = QStringLiteral("001090012345");
    request.applicant.birthDate = QDate(1990, 5, 12);
    request.applicant.phone = QStringLiteral("0912 345 678");
    request.applicant.address = QStringLiteral("Số 5, ngõ 12, thôn Đông, xã Tân Hòa");
    request.applicant.email = QStringLiteral("dang@example.vn");
    request.documents
        = {{QStringLiteral("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"), 1, 0, true}};
    request.receivedAt = officeTime(2026, 3, 2, 9, 15); // Monday
    return request;
}

} // namespace motcua::test
