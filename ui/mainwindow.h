#pragma once

#include "domain/actor.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace motcua {

class Database;

// The shell: menus, toolbar, status bar, and a navigation pane that switches pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Reception,
        Processing,
        Due,
        Overdue,
        AwaitingReturn,
        Search,
        Reports,
        Procedures,
        Calendar,
        Users,      // administrators only
        Settings,
    };
    Q_ENUM(Page)

    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return m_database; }
    Page currentPage() const;
    void showPage(Page page);
    // Installs the widget of a page (replacing what was there).
    void setPageWidget(Page page, QWidget *widget);
    QWidget *pageWidget(Page page) const;

    void setSignedInUser(const QString &fullName);
    void refreshOfficeName();

    // Who is signed in: what pages and actions are offered, and whom the stores record.
    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }
    bool isPageAvailable(Page page) const;

    // File menu actions (also used by tests).
    void changeOwnPassword();
    void backUpNow();
    void restoreFromBackup();

signals:
    // A dossier code typed or scanned into the search box (the receipt's QR code holds it).
    void dossierRequested(qint64 dossierId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void retranslate();
    void restoreWindowState();
    void showAbout();
    void searchEntered();
    QString pageTitle(Page page) const;
    void updateAccess();

    Database &m_database;
    Actor m_actor;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QString m_userName;
    int m_restoredPage = 0;   // the page saved last time, shown once it is available

    struct Actions;
    Actions *m_actions = nullptr;
};

} // namespace motcua
