#pragma once

#include "domain/actor.h"
#include "domain/worklist.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace motcua {

class Database;
class DossierListModel;

// A worklist or search result: the filters above a paged table (DossierListModel). Pages of
// the main window (In processing, Due, Overdue, Awaiting collection, Search) are instances with
// their own worklists.
class DossierListPage final : public QWidget
{
    Q_OBJECT

public:
    DossierListPage(Database &database, QList<Worklist> worklists, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    Worklist worklist() const;
    void setWorklist(Worklist worklist);
    void setSearch(const QString &text);
    // Narrows to a group of the supervisor board (deciding office, field, procedure, clerk).
    void showFilter(const DossierFilter &filter);
    DossierFilter filter() const;
    // Drops what a drill-down narrowed (search, field, office, procedure, clerk): the worklist
    // chosen again from the navigation is the whole worklist.
    void resetDrillDown();
    DossierListModel *model() const { return m_model; }
    // Reads again (new dossiers, a new day).
    void refresh();
    // The selected dossiers handed over together to the deciding office: one transfer for all
    // (all or nothing), then the handover list (Giấy bàn giao hồ sơ) is offered.
    void transferSelected();
    QList<qint64> selectedIds() const;

signals:
    void openDossier(qint64 id);
    void dossiersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void retranslate();
    void applyFilter();
    void updateCount();
    void exportCsv();
    void clearDrillDown();

    Database &m_database;
    Actor m_actor;
    QList<Worklist> m_worklists;
    DossierListModel *m_model = nullptr;
    QComboBox *m_worklist = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_dateFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_office = nullptr;
    QLabel *m_drillDown = nullptr;
    QPushButton *m_clearDrillDown = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_transfer = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_drillProcedure = 0;
    QString m_drillReceiver;
    QString m_drillText;
    bool m_stale = true;
    bool m_drilled = false; // the filters were set by showFilter()
};

} // namespace motcua
