#pragma once

#include "domain/actor.h"
#include "domain/worklist.h"

#include <QMainWindow>
#include <QMap>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;

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
        Users, // administrators only
        Settings,
    };
    Q_ENUM(Page)

    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return m_database; }
    // The About box's text: versions of the program, Qt, SQLite and OpenSSL, the database.
    QString aboutText() const;
    Page currentPage() const;
    void showPage(Page page);
    // Puts the keyboard focus in the first field of the page on screen.
    void focusCurrentPage();
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
    // File › Open database: the dialog, then the window starts again on the chosen database
    // (its accounts are its own: the person signs in there).
    void openAnotherDatabase();
    // What happens once the dialog opened a location: by default this window closes and the
    // program starts again with --database LOCATION (tests record it instead).
    void setDatabaseSwitcher(std::function<void(const QString &location)> switcher)
    {
        m_switchDatabase = std::move(switcher);
    }
    void changeOwnPassword();
    void backUpNow();
    void restoreFromBackup();

    // The live counts of the worklists (badges), read again now.
    void refreshCounts();
    // F5: the badges and the list on screen read again.
    void reload();
    // Shows the page of a worklist with that worklist chosen.
    void showWorklist(Worklist worklist);
    // Shows the dossiers of a group of the supervisor board.
    void showDossiers(const DossierFilter &filter);
    // Asks for a file and a number, fills a new training database with demo dossiers and offers
    // to open it (File menu; the first-start wizard may offer it too).
    void createTrainingDatabase();
    // The dossier's window, acting as whoever is signed in; the lists follow its changes.
    void openDossier(qint64 dossierId);

signals:
    // A dossier to open: its code typed or scanned into the search box (the receipt's QR code
    // holds it), or its row double-clicked in a list.
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
    void restartOn(const QString &location);
    void createListPages();
    static Page pageOf(Worklist worklist);

    Database &m_database;
    Actor m_actor;
    QListWidget *m_navigation = nullptr;
    QListWidget *m_worklists = nullptr;
    QLabel *m_worklistsTitle = nullptr;
    QTimer *m_countTimer = nullptr;
    QMap<Worklist, qint64> m_lastCounts;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QString m_userName;
    std::function<void(const QString &)> m_switchDatabase;
    int m_restoredPage = 0; // the page saved last time, shown once it is available

    struct Actions;
    Actions *m_actions = nullptr;
};

} // namespace motcua
