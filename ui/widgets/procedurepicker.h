#pragma once

#include "domain/procedure.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace motcua {

// Type-ahead choice of a procedure: "khai sinh", "dang ky ket hon" or a code prefix finds it,
// without regard to diacritics or đ. Keyboard: type, arrows, Enter.
class ProcedurePicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit ProcedurePicker(QWidget *parent = nullptr);

    void setProcedures(const QList<Procedure> &procedures);
    qint64 currentId() const { return m_currentId; }
    const Procedure *current() const;
    void setCurrentId(qint64 id);
    void clearSelection();

    // The procedures whose code or name contain every typed word (folded), best first.
    QList<int> matches(const QString &text) const;

signals:
    void procedureChanged(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletions(const QString &text);
    void choose(int index);
    static QString displayText(const Procedure &procedure);

    QCompleter *m_completer;
    QStringListModel *m_model;
    QList<Procedure> m_procedures;
    QStringList m_keys; // folded "code name" of each procedure
    QList<int> m_shown; // indexes into m_procedures of the completion rows
    qint64 m_currentId = 0;
};

} // namespace motcua
