#include "widgets/procedurepicker.h"

#include "domain/text.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace motcua {

namespace {
constexpr int maxShown = 60;
}

ProcedurePicker::ProcedurePicker(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    // Filtering is ours (folded, every word); the completer only shows the rows we give it.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(m_shown.value(index.row(), -1)); });
    connect(this, &QLineEdit::textEdited, this, &ProcedurePicker::updateCompletions);
    setClearButtonEnabled(true);
}

QString ProcedurePicker::displayText(const Procedure &procedure)
{
    return QStringLiteral("%1 — %2").arg(procedure.code, procedure.name);
}

void ProcedurePicker::setProcedures(const QList<Procedure> &procedures)
{
    const qint64 keep = m_currentId;
    m_procedures = procedures;
    m_keys.clear();
    for (const Procedure &procedure : m_procedures)
        m_keys.append(Text::searchKey(procedure.code + QLatin1Char(' ') + procedure.name));
    m_currentId = 0;
    if (keep)
        setCurrentId(keep);
}

const Procedure *ProcedurePicker::current() const
{
    for (const Procedure &procedure : m_procedures) {
        if (procedure.id == m_currentId)
            return &procedure;
    }
    return nullptr;
}

void ProcedurePicker::setCurrentId(qint64 id)
{
    for (int i = 0; i < m_procedures.size(); ++i) {
        if (m_procedures.at(i).id == id) {
            choose(i);
            return;
        }
    }
    clearSelection();
}

void ProcedurePicker::clearSelection()
{
    clear();
    if (m_currentId != 0) {
        m_currentId = 0;
        emit procedureChanged(0);
    }
}

QList<int> ProcedurePicker::matches(const QString &text) const
{
    const QStringList words = Text::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> startsWith;
    QList<int> contains;
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString &key = m_keys.at(i);
        bool all = true;
        for (const QString &word : words)
            all = all && key.contains(word);
        if (!all)
            continue;
        // A code typed from its start, or a name whose words begin the same way, comes first.
        const bool prefix = !words.isEmpty()
            && (m_procedures.at(i).code.startsWith(words.first())
                || Text::searchKey(m_procedures.at(i).name).contains(words.join(QLatin1Char(' '))));
        (prefix ? startsWith : contains).append(i);
    }
    return startsWith + contains;
}

void ProcedurePicker::updateCompletions(const QString &text)
{
    if (m_currentId != 0) {
        m_currentId = 0;
        emit procedureChanged(0);
    }
    m_shown = matches(text).mid(0, maxShown);
    QStringList rows;
    for (int index : qAsConst(m_shown))
        rows.append(displayText(m_procedures.at(index)));
    m_model->setStringList(rows);
    if (rows.isEmpty() || text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_model->index(0));
}

void ProcedurePicker::choose(int index)
{
    if (index < 0 || index >= m_procedures.size())
        return;
    const Procedure &procedure = m_procedures.at(index);
    setText(displayText(procedure));
    setCursorPosition(0);
    m_completer->popup()->hide();
    if (m_currentId != procedure.id) {
        m_currentId = procedure.id;
        emit procedureChanged(m_currentId);
    }
}

void ProcedurePicker::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_completer->popup()->isVisible()) {
        const QModelIndex highlighted = m_completer->popup()->currentIndex();
        choose(m_shown.value(highlighted.isValid() ? highlighted.row() : 0, -1));
        focusNextChild();
        return;
    }
    // Enter without the popup takes the single (or first) match: fast for a typed code.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_currentId == 0
        && !m_completer->popup()->isVisible()) {
        const QList<int> found = matches(text());
        if (!found.isEmpty() && !text().trimmed().isEmpty()) {
            choose(found.first());
            focusNextChild();
            return;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_currentId != 0) {
        focusNextChild();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace motcua
