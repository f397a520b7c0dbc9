#include "dialogs/announcementdialog.h"

#include "domain/announcements.h"
#include "domain/lunarcalendar.h"
#include "ui_announcementdialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace motcua {

AnnouncementDialog::AnnouncementDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AnnouncementDialog>())
{
    m_ui->setupUi(this);
    m_ui->dateEdit->setDateRange(QDate(LunarCalendar::firstYear, 1, 1),
                                 QDate(LunarCalendar::lastYear, 12, 31));
    m_ui->nameEdit->setMaxLength(Announcements::maxNameLength);
    m_ui->referenceEdit->setMaxLength(Announcements::maxReferenceLength);
    m_ui->errorLabel->hide();
    m_ui->kindCombo->addItem(QString(), int(CalendarOverride::Kind::DayOff));
    m_ui->kindCombo->addItem(QString(), int(CalendarOverride::Kind::WorkingDay));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AnnouncementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AnnouncementDialog::reject);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &AnnouncementDialog::showDayInfo);
    retranslate();
}

AnnouncementDialog::~AnnouncementDialog() = default;

void AnnouncementDialog::setAnnouncement(const CalendarOverride &announcement, bool isNew)
{
    m_isNew = isNew;
    m_ui->dateEdit->setDate(announcement.date);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(announcement.kind)));
    m_ui->nameEdit->setText(announcement.name);
    m_ui->referenceEdit->setText(announcement.legalReference);
    m_ui->errorLabel->hide();
    retranslate();
}

CalendarOverride AnnouncementDialog::announcement() const
{
    CalendarOverride result;
    result.date = m_ui->dateEdit->date();
    result.kind = CalendarOverride::Kind(m_ui->kindCombo->currentData().toInt());
    result.name = m_ui->nameEdit->text();
    result.legalReference = m_ui->referenceEdit->text();
    return result;
}

void AnnouncementDialog::setCalendar(const WorkCalendar &calendar)
{
    m_calendar = calendar;
    showDayInfo();
}

QString AnnouncementDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void AnnouncementDialog::accept()
{
    QString error;
    if (m_save && !m_save(announcement(), &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void AnnouncementDialog::showDayInfo()
{
    const QDate date = m_ui->dateEdit->date();
    const DayInfo day = m_calendar.day(date);
    QString text = QLocale().toString(date, QStringLiteral("dddd"));
    if (!day.working)
        text = tr("%1, now a day off (%2)").arg(text, day.name);
    else
        text = day.name.isEmpty() ? tr("%1, now a working day").arg(text)
                                  : tr("%1, now a working day (%2)").arg(text, day.name);
    m_ui->dayInfoLabel->setText(text);
}

void AnnouncementDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(m_isNew ? tr("New announcement") : tr("Edit announcement"));
    m_ui->kindCombo->setItemText(0, tr("Day off (an extra or moved holiday)"));
    m_ui->kindCombo->setItemText(1, tr("Working day (a rest day worked in exchange)"));
    // Qt has no Vietnamese texts of its own: the buttons get ours.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    showDayInfo();
}

void AnnouncementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace motcua
