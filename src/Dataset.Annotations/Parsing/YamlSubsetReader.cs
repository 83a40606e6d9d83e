using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// Reads the YAML annotations are written in (block mappings with plain keys, block sequences, and values of one line:
/// plain and quoted scalars, flow sequences and mappings of them) line by line into the same <see cref="YamlNode"/>
/// tree <see cref="YamlTreeReader"/> builds from YamlDotNet's events, without YamlDotNet's scanner, parser and the
/// garbage they leave. It returns null the moment the text leaves that subset or does anything whose reading by
/// YamlDotNet it does not match exactly; YamlDotNet then reads the whole text, so every diagnostic, limit and message
/// still comes from one place: this reader reports nothing. Held equal to YamlDotNet node for node, value for value
/// and location for location by the tests in Parsing/YamlSubsetReaderTests and the fuzz target.
/// This file reads the block structure; YamlSubsetReader.Values.cs reads what a line holds after a key or a dash.
/// </summary>
internal sealed partial class YamlSubsetReader
{
    /// <summary>Open collections (block and flow) beyond which the subset stops; an annotation needs five.</summary>
    private const int MaxDepth = 32;

    /// <summary>Longer keys fall back: YamlDotNet bounds a simple key at 1,024 characters; schema keys are short.</summary>
    private const int MaxKeyLength = 128;

    private readonly string _path;
    private readonly string _text;
    private readonly List<Block> _open = new();
    private int _nodes;

    /// <summary>A key whose value was not on its line: a block collection on the next lines, or YAML's empty value.</summary>
    private PendingKey? _pending;

    // The line being read: its index (0-based), where it starts and ends (at its "\n" or "\r\n", or the end of the
    // text), and where its indentation counts from (after a byte-order mark on the first line, which YamlDotNet does not
    // see but every location counts).
    private int _line;
    private int _lineStart;
    private int _lineEnd;
    private int _indentFrom;

    private YamlSubsetReader(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>The tree YamlDotNet would give, or null when the text is not in the subset (never for a problem).</summary>
    public static YamlNode? Read(string path, string text)
    {
        var skipped = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return HoldsOnlySubsetCharacters(text, skipped) ? new YamlSubsetReader(path, text).ReadDocument(skipped) : null;
    }

    /// <summary>
    /// No tab (indentation rules differ for it), no line break but '\n' and "\r\n" (YamlDotNet also breaks lines at a
    /// lone '\r', U+0085, U+2028 and U+2029), no other control character (YamlDotNet takes '\0' as the end of the text),
    /// no second byte-order mark.
    /// </summary>
    private static bool HoldsOnlySubsetCharacters(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' '
                ? c != '\n' && (c != '\r' || i + 1 == text.Length || text[i + 1] != '\n')
                : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }

    private YamlMapping? ReadDocument(int skipped)
    {
        YamlMapping? root = null;
        var position = skipped;
        for (_line = 0; ; _line++)
        {
            var end = _text.IndexOf('\n', position);
            _lineEnd = end < 0 ? _text.Length : end > position && _text[end - 1] == '\r' ? end - 1 : end;
            _lineStart = _line == 0 ? 0 : position;
            _indentFrom = position;
            var first = SkipSpaces(position);
            if (first < _lineEnd && _text[first] != '#' && !ReadContentLine(first, first - _indentFrom, ref root))
            {
                return null;
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        // A key left without a value at the end holds YAML's empty value; a text of comments alone is left to YamlDotNet.
        if (_pending is { } pending)
        {
            AddEmptyValue(pending);
        }

        return root;
    }

    private bool ReadContentLine(int first, int column, ref YamlMapping? root)
    {
        if (_pending is { } pending)
        {
            _pending = null;
            if (column > pending.Indent)
            {
                return OpenNested(pending, first, column);
            }

            AddEmptyValue(pending);
        }

        if (_open.Count == 0)
        {
            // The root: a block mapping at the first column. Anything else (a sequence, a scalar) is left to YamlDotNet.
            if (column != 0 || !Count())
            {
                return false;
            }

            root = new YamlMapping(Point(first));
            _open.Add(new Block(root, column));
            return ReadEntry(root, first);
        }

        // A line less indented closes the blocks it is outside of; it must then line up with the block it continues.
        while (_open.Count > 1 && _open[_open.Count - 1].Indent > column)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        var block = _open[_open.Count - 1];
        if (block.Indent != column)
        {
            return false;
        }

        return block.Node is YamlSequence sequence
            ? IsEntryDash(first) && ReadItem(sequence, first)
            : !IsEntryDash(first) && ReadEntry((YamlMapping)block.Node, first);
    }

    /// <summary>The value of a key on an earlier line: a block sequence or mapping starting on this, more indented, line.</summary>
    private bool OpenNested(PendingKey pending, int first, int column)
    {
        if (_open.Count >= MaxDepth || !Count())
        {
            return false;
        }

        YamlNode nested = IsEntryDash(first) ? new YamlSequence(Point(first)) : new YamlMapping(Point(first));
        pending.Mapping.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(pending.Key, nested));
        _open.Add(new Block(nested, column));
        return nested is YamlSequence sequence ? ReadItem(sequence, first) : ReadEntry((YamlMapping)nested, first);
    }

    /// <summary>"- value" or "- key: value", the latter starting a mapping at the key's column.</summary>
    private bool ReadItem(YamlSequence sequence, int dash)
    {
        var start = SkipSpaces(dash + 1);
        if (start == _lineEnd || _text[start] == '#')
        {
            // An item on the lines below, or an empty one: YamlDotNet's reading of those is not matched here.
            return false;
        }

        if (KeyEnd(start) >= 0)
        {
            if (_open.Count >= MaxDepth || !Count())
            {
                return false;
            }

            var mapping = new YamlMapping(Point(start));
            sequence.Items.Add(mapping);
            _open.Add(new Block(mapping, start - _indentFrom));
            return ReadEntry(mapping, start);
        }

        var item = ReadLineValue(start);
        if (item is null)
        {
            return false;
        }

        sequence.Items.Add(item);
        return true;
    }

    /// <summary>"key: value", "key:" or "key: # comment" (the value then on the lines below, or empty).</summary>
    private bool ReadEntry(YamlMapping mapping, int start)
    {
        var colon = KeyEnd(start);
        if (colon < 0 || !Count())
        {
            return false;
        }

        var key = Plain(start, colon);
        var valueStart = SkipSpaces(colon + 1);
        if (valueStart == _lineEnd || _text[valueStart] == '#')
        {
            // YamlDotNet places an empty value right after the colon.
            _pending = new PendingKey(mapping, key, Point(colon + 1), _open[_open.Count - 1].Indent);
            return true;
        }

        var value = ReadLineValue(valueStart);
        if (value is null)
        {
            return false;
        }

        mapping.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
        return true;
    }

    private void AddEmptyValue(PendingKey pending)
    {
        // Counted like every node; past the limit the reader has already given up on the text.
        _nodes++;
        pending.Mapping.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(pending.Key, new YamlScalar(string.Empty, isPlain: true, pending.EmptyValue)));
    }

    /// <summary>
    /// Where the colon of a key that starts at <paramref name="start"/> is, or -1. A key here is letters, digits, '_'
    /// and '-' (not first), followed by ':' and a space or the end of the line: the keys of the schema, which YamlDotNet
    /// reads as plain scalars whatever their context.
    /// </summary>
    private int KeyEnd(int start)
    {
        if (start >= _lineEnd || !IsKeyCharacter(_text[start]) || _text[start] == '-')
        {
            return -1;
        }

        var end = start + 1;
        while (end < _lineEnd && IsKeyCharacter(_text[end]))
        {
            end++;
        }

        return end - start <= MaxKeyLength && end < _lineEnd && _text[end] == ':' && (end + 1 == _lineEnd || _text[end + 1] == ' ') ? end : -1;
    }

    private static bool IsKeyCharacter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

    /// <summary>A '-' that starts a sequence item: followed by a space or the end of the line.</summary>
    private bool IsEntryDash(int position) => _text[position] == '-' && (position + 1 == _lineEnd || _text[position + 1] == ' ');

    private int SkipSpaces(int position)
    {
        while (position < _lineEnd && _text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    /// <summary>One more node; false past <see cref="YamlLimits.MaxNodes"/>, which YamlDotNet's reading reports.</summary>
    private bool Count() => ++_nodes < YamlLimits.MaxNodes;

    /// <summary>A span on the current line; columns count from the line's start (a byte-order mark included, as YamlTreeReader counts it).</summary>
    private LocationInfo Span(int start, int end) => new(_path, start, end, _line, start - _lineStart, _line, end - _lineStart);

    private LocationInfo Point(int position) => Span(position, position);

    /// <summary>The plain scalar of the characters from <paramref name="start"/> to <paramref name="end"/> on this line.</summary>
    private YamlScalar Plain(int start, int end) => new(ReusedStrings.Of(_text, start, end - start), isPlain: true, Span(start, end));

    /// <summary>An open block collection and the column its entries start at.</summary>
    private readonly record struct Block(YamlNode Node, int Indent);

    /// <summary>
    /// A key whose value is not on its line. <paramref name="EmptyValue"/>: where YamlDotNet places the empty value if
    /// no block follows, right after the colon. <paramref name="Indent"/>: the column of the key's mapping; a block
    /// more indented than it is the key's value.
    /// </summary>
    private readonly record struct PendingKey(YamlMapping Mapping, YamlScalar Key, LocationInfo EmptyValue, int Indent);
}
