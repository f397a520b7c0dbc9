#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace motcua {

// Preferences of this workstation (language) and, for administrators, the office's settings.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyLanguage(int index);

    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace motcua
