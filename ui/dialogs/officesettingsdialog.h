#pragma once

#include "domain/actor.h"

#include <QDialog>
#include <QMap>
#include <QSqlDatabase>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace motcua {

// The office's settings (OfficeSettings::all()): one field per setting, each validated with its
// message shown beside it before anything is written; saved together with SettingsStore::change
// (one transaction, one event). Also the first-start setup (setFirstStart).
class OfficeSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    OfficeSettingsDialog(const QSqlDatabase &db, const Actor &actor, QWidget *parent = nullptr);
    ~OfficeSettingsDialog() override;

    // The first start: a title and an explanation of why the office must be set up.
    void setFirstStart(bool firstStart);
    bool isFirstStart() const { return m_firstStart; }

    QLineEdit *editor(const QString &key) const;
    QString errorText(const QString &key) const; // "" when the field is valid

public slots:
    // Validates every field, then saves them all; closes only when saved.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };

    void retranslate();
    void addRestDays(Field &field, QVBoxLayout *cell);
    void showError(Field &field, const QString &message);

    QSqlDatabase m_db;
    Actor m_actor;
    bool m_firstStart = false;
    QLabel *m_intro = nullptr;
    QLabel *m_requiredNote = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Field> m_fields;
    QList<QCheckBox *> m_restDays; // Monday … Sunday
};

} // namespace motcua
