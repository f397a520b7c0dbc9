#pragma once

#include "domain/actor.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace motcua {

class Database;
class IntakeSlipModel;

// The requests for completion and refusals recorded at the counter, newest first, found by
// number, name (without diacritics), ID number or phone over a range of days, and printed
// again ("BẢN IN LẠI", logged) when an applicant comes back without theirs.
class IssuedSlipsDialog final : public QDialog
{
    Q_OBJECT

public:
    IssuedSlipsDialog(Database &database, const Actor &actor, QWidget *parent = nullptr);

    // Reads the slips again with the current search and days.
    void refresh();
    // Offers the selected slip for printing again.
    void reprintSelected();

    IntakeSlipModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    qint64 selectedSlip() const;

    Database &m_database;
    Actor m_actor;
    IntakeSlipModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTimer *m_searchDelay;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_reprint;
    QPushButton *m_close;
};

} // namespace motcua
