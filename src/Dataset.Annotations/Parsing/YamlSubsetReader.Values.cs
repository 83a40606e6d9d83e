using System.Collections.Generic;
using System.Text;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// The values a line holds after "key: " or "- ": plain, single- and double-quoted scalars and flow collections, each
/// ending on the line it starts on. The rules follow YamlDotNet's scanner (16.x), narrowed to what it reads plainly.
/// </summary>
internal sealed partial class YamlSubsetReader
{
    /// <summary>A value that runs to the end of the line, where only spaces and a comment may follow it.</summary>
    private YamlNode? ReadLineValue(int start)
    {
        var value = ReadValue(start, _open.Count, inFlow: false, out var after);
        if (value is null)
        {
            return null;
        }

        // YamlDotNet reads a '#' right after a quote or a bracket as an error, not a comment.
        var rest = SkipSpaces(after);
        return rest == _lineEnd || (rest > after && _text[rest] == '#') ? value : null;
    }

    /// <summary>
    /// Characters that make a scalar something other than plain (or a plain scalar by a rule not matched here): YAML's
    /// indicators, the ones a plain scalar may start with when a non-space follows ('-', '?', ':') included.
    /// </summary>
    private static bool StartsOtherwise(char c) => c switch
    {
        '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => true,
        _ => false,
    };

    /// <summary>
    /// A plain scalar in block context: to the end of the line or to a comment (' #'), its trailing spaces left out.
    /// Leaves when a ':' ends it before a space or the end of the line (a mapping where a value was expected).
    /// </summary>
    private YamlScalar? ReadBlockPlain(int start, out int after)
    {
        var last = start;
        var i = start;
        for (; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == ' ')
            {
                if (i + 1 < _lineEnd && _text[i + 1] == '#')
                {
                    break;
                }

                continue;
            }

            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                return Fail(out after);
            }

            last = i + 1;
        }

        after = i;
        return Count() ? Plain(start, last) : null;
    }

    /// <summary>
    /// A plain scalar inside a flow collection: up to the ',', ']' or '}' after it, its trailing spaces left out. Leaves
    /// on ':' and '#' (keys, values and comments inside flows are read by rules not matched here), on '[' and '{', and
    /// at the end of the line (a flow over several lines).
    /// </summary>
    private YamlScalar? ReadFlowPlain(int start, out int after)
    {
        var last = start;
        for (var i = start; i < _lineEnd; i++)
        {
            switch (_text[i])
            {
                case ',' or ']' or '}':
                    after = last;
                    return Count() ? Plain(start, last) : null;
                case ':' or '#' or '[' or '{':
                    return Fail(out after);
                case ' ':
                    break;
                default:
                    last = i + 1;
                    break;
            }
        }

        return Fail(out after);
    }

    /// <summary>"…" on one line; of the escapes only \\ and \" are read here, any other leaves.</summary>
    private YamlScalar? ReadDoubleQuoted(int start, out int after)
    {
        StringBuilder? unescaped = null;
        var copied = start + 1;
        for (var i = start + 1; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                after = i + 1;
                return Quoted(start, copied, i, unescaped);
            }

            if (c == '\\')
            {
                if (i + 1 == _lineEnd || (_text[i + 1] != '\\' && _text[i + 1] != '"'))
                {
                    return Fail(out after);
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(_text, copied, i - copied).Append(_text[i + 1]);
                i++;
                copied = i + 1;
            }
        }

        return Fail(out after);
    }

    /// <summary>'…' on one line, '' standing for one quote.</summary>
    private YamlScalar? ReadSingleQuoted(int start, out int after)
    {
        StringBuilder? unescaped = null;
        var copied = start + 1;
        for (var i = start + 1; i < _lineEnd; i++)
        {
            if (_text[i] != '\'')
            {
                continue;
            }

            if (i + 1 < _lineEnd && _text[i + 1] == '\'')
            {
                unescaped ??= new StringBuilder();
                unescaped.Append(_text, copied, i + 1 - copied);
                i++;
                copied = i + 1;
                continue;
            }

            after = i + 1;
            return Quoted(start, copied, i, unescaped);
        }

        return Fail(out after);
    }

    private YamlScalar? Quoted(int start, int copied, int closing, StringBuilder? unescaped)
    {
        if (!Count())
        {
            return null;
        }

        var value = unescaped is null ? ReusedStrings.Of(_text, copied, closing - copied) : unescaped.Append(_text, copied, closing - copied).ToString();
        return new YamlScalar(value, isPlain: false, Span(start, closing + 1));
    }

    /// <summary>
    /// "[a, b]" or "{ k: v, k: v }" closed on the line it opens on, of plain and quoted scalars and flow collections. No
    /// empty entry, no trailing comma, no key that is not a schema-like plain key, no value left empty.
    /// </summary>
    private YamlNode? ReadFlowCollection(int open, int depth, out int after)
    {
        if (depth >= MaxDepth || !Count())
        {
            return Fail(out after);
        }

        var isSequence = _text[open] == '[';
        var close = isSequence ? ']' : '}';
        YamlNode collection = isSequence ? new YamlSequence(Span(open, open + 1)) : new YamlMapping(Span(open, open + 1));
        var i = SkipSpaces(open + 1);
        if (i < _lineEnd && _text[i] == close)
        {
            return Closed(collection, i, out after);
        }

        while (true)
        {
            if (collection is YamlSequence sequence)
            {
                var item = ReadValue(i, depth + 1, inFlow: true, out i);
                if (item is null)
                {
                    return Fail(out after);
                }

                sequence.Items.Add(item);
            }
            else
            {
                var colon = KeyEnd(i);
                if (colon < 0 || colon + 1 == _lineEnd || !Count())
                {
                    return Fail(out after);
                }

                var key = Plain(i, colon);
                var value = ReadValue(SkipSpaces(colon + 1), depth + 1, inFlow: true, out i);
                if (value is null)
                {
                    return Fail(out after);
                }

                ((YamlMapping)collection).Entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
            }

            i = SkipSpaces(i);
            if (i < _lineEnd && _text[i] == close)
            {
                return Closed(collection, i, out after);
            }

            if (i == _lineEnd || _text[i] != ',')
            {
                return Fail(out after);
            }

            i = SkipSpaces(i + 1);
        }
    }

    /// <summary>A flow collection's span runs through its closing bracket, as YamlTreeReader extends it.</summary>
    private YamlNode Closed(YamlNode collection, int bracket, out int after)
    {
        collection.ExtendTo(Span(bracket, bracket + 1));
        after = bracket + 1;
        return collection;
    }

    /// <summary>A scalar or flow collection from <paramref name="start"/>; a plain scalar as the context reads it.</summary>
    private YamlNode? ReadValue(int start, int depth, bool inFlow, out int after)
    {
        if (start == _lineEnd)
        {
            return Fail(out after);
        }

        var c = _text[start];
        return c switch
        {
            '"' => ReadDoubleQuoted(start, out after),
            '\'' => ReadSingleQuoted(start, out after),
            '[' or '{' => ReadFlowCollection(start, depth, out after),
            _ when StartsOtherwise(c) => Fail(out after),
            _ when inFlow => ReadFlowPlain(start, out after),
            _ => ReadBlockPlain(start, out after),
        };
    }

    private static YamlScalar? Fail(out int after)
    {
        after = -1;
        return null;
    }
}
