#pragma once

#include "domain/actor.h"

#include <QMap>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace motcua {

// Preferences of this workstation (language) and the office's settings: shown to everyone,
// edited (OfficeSettingsDialog) by those allowed to.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setActor(const Actor &actor);

public slots:
    void editOfficeSettings();
    void refreshOffice();

signals:
    void officeSettingsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyPermissions();
    void applyLanguage(int index);

    QSqlDatabase m_db;
    Actor m_actor;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QGroupBox *m_officeBox;
    QMap<QString, QLabel *> m_officeLabels; // by setting key
    QMap<QString, QLabel *> m_officeValues;
    QPushButton *m_editOffice;
};

} // namespace motcua
