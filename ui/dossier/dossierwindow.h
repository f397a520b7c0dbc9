#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"

#include <QDialog>
#include <QHash>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace motcua {

class Database;
class TimelineModel;

// One dossier: every field, its status and deadline (with the explanation and the overdue flag),
// its timeline and handovers, and a button for each action its state allows. Each action opens
// a small dialog; the window then shows the dossier as stored. Esc closes it.
class DossierWindow final : public QDialog
{
    Q_OBJECT

public:
    DossierWindow(Database &database, const Actor &actor, qint64 dossierId,
                  QWidget *parent = nullptr);
    ~DossierWindow() override;

    // Shows the window of a dossier (raising the one already open for it), deleted on close.
    static DossierWindow *open(Database &database, const Actor &actor, qint64 dossierId,
                               QWidget *parent);

    qint64 dossierId() const { return m_dossierId; }
    const Dossier &dossier() const { return m_dossier; }
    // Opens the dialog of an action (what its button does); true when it was applied.
    bool runAction(DossierAction action);
    // Reads the dossier again (after a change elsewhere).
    void reload();

signals:
    void dossierChanged(qint64 dossierId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(QGridLayout *grid, const QString &key, const QString &objectName);
    void setRowLabel(const QString &key, const QString &text);
    void setRowVisible(const QString &key, bool visible);
    void createActions(QWidget *parent);
    void retranslate();
    void fill();
    QString resultText() const;
    void fillDeadline();
    void fillDocuments();
    void fillHandovers();
    void updateActions();
    void updatePrintMenu();
    void offerSlip(int kind, const QString &title, const QString &message); // a DossierSlips::Kind

    Database &m_database;
    const Actor m_actor;
    const qint64 m_dossierId;
    Dossier m_dossier;
    bool m_found = false;

    QLabel *m_code = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_paused = nullptr;
    QTabWidget *m_tabs = nullptr;
    QGroupBox *m_deadlineBox = nullptr;
    QGroupBox *m_actionsBox = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_documents = nullptr;
    QTableView *m_timeline = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    QTreeWidget *m_handovers = nullptr;
    QLabel *m_actionsHint = nullptr;
    QToolButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
    QHash<QString, QLabel *> m_rowLabels; // row key → its label
    QHash<QString, QLabel *> m_rowValues; // row key → its value
    QHash<DossierAction, QPushButton *> m_actionButtons;
};

} // namespace motcua
