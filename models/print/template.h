#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Slip templates: HTML files in resources/templates, with a small Mustache-like syntax, so that
// the Vietnamese form texts (which change with the law) stay out of C++.
//
//   {{name}}             the value, HTML-escaped ("\n" becomes <br>)
//   {{name|text}}        the value, or `text` (template text, not escaped) when it is empty
//   {{{name}}}           the value as pre-built HTML (only for values the C++ side built)
//   {{#name}}…{{/name}}  shown when `name` is set and non-empty; a child is entered (its keys
//                        are looked up first, then the enclosing ones); a list repeats the
//                        block once per item
//   {{^name}}…{{/name}}  shown when `name` is unset, empty or an empty list
//   {{>path}}            the template :/templates/<path>.html, filled with the same values
//   {{!comment}}         nothing
//
// A placeholder whose name is unknown in every enclosing scope renders empty and is reported
// (qWarning, category motcua.print): builders set every key their templates use, even empty.

namespace motcua {

class TemplateValues
{
public:
    TemplateValues &set(const QString &key, const QString &text);
    TemplateValues &set(const QString &key, int number);
    TemplateValues &setHtml(const QString &key, const QString &html);
    TemplateValues &setFlag(const QString &key, bool on);
    TemplateValues &setChild(const QString &key, const TemplateValues &child);
    // An empty list is a known key (for {{^key}}), unlike a key never set.
    TemplateValues &setList(const QString &key, const QList<TemplateValues> &items);

    bool contains(const QString &key) const;

private:
    friend class TemplateRenderer;

    enum class Kind { Text, Html, Flag, List };
    struct Value
    {
        Kind kind = Kind::Text;
        QString text;
        QList<TemplateValues> items;
    };

    QMap<QString, Value> m_values;
};

namespace Templates {

// Escapes a value for HTML text and attributes (& < > " ' ), line breaks become <br>.
QString escaped(const QString &text);

// The template text of :/templates/<name>.html (without a trailing line break); empty and a
// warning when there is no such template.
QString load(const QString &name);

// Fills `text`. Problems (unknown keys, unbalanced sections, missing partials) are appended to
// `problems` when given, and reported with qWarning otherwise.
QString fill(const QString &text, const TemplateValues &values, QStringList *problems = nullptr);

// fill(load(name), values).
QString render(const QString &name, const TemplateValues &values, QStringList *problems = nullptr);

} // namespace Templates
} // namespace motcua
