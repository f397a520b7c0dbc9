#include "widgets/procedurepicker.h"

#include "domain/text.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

#include <algorithm>
#include <tuple>

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
    const QString phrase = words.join(QLatin1Char(' '));
    // Best first: a code typed from its start; the name beginning with what was typed ("Thủ tục"
    // aside, most names begin with it); the typed words as whole words, early in a short name;
    // then any name holding every word.
    struct Ranked
    {
        int tier;
        qsizetype position;
        qsizetype length;
        int index;
        bool operator<(const Ranked &o) const
        {
            return std::tie(tier, position, length, index)
                < std::tie(o.tier, o.position, o.length, o.index);
        }
    };
    static const QString noise = QStringLiteral("thu tuc ");
    QList<Ranked> ranked;
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString &key = m_keys.at(i);
        bool all = true;
        for (const QString &word : words)
            all = all && key.contains(word);
        if (!all)
            continue;
        QString name = Text::searchKey(m_procedures.at(i).name);
        if (name.startsWith(noise))
            name = name.mid(noise.size());
        const qsizetype at = name.indexOf(phrase);
        const bool wholeWords = at >= 0 && (at == 0 || name.at(at - 1) == QLatin1Char(' '))
            && (at + phrase.size() == name.size()
                || !name.at(at + phrase.size()).isLetterOrNumber());
        const int tier = words.isEmpty()                        ? 4
            : m_procedures.at(i).code.startsWith(words.first()) ? 0
            : at == 0 && wholeWords                             ? 1
            : wholeWords                                        ? 2
                                                                : 3;
        ranked.append({tier, at < 0 ? name.size() : at, name.size(), i});
    }
    std::sort(ranked.begin(), ranked.end());
    QList<int> result;
    for (const Ranked &r : std::as_const(ranked))
        result.append(r.index);
    return result;
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
