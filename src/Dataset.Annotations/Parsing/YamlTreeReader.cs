using System.Collections.Generic;
using System.IO;
using System;
using Dataset.Annotations.Diagnostics;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser, iteratively (no recursion, so no stack
/// overflow on deep input) and within <see cref="YamlLimits"/>. Aliases share the anchored node; each use counts
/// toward the node limit. Any failure becomes a located diagnostic, never an exception.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string _path;
    private readonly string _text;

    /// <summary>1 when a byte-order mark was skipped: YamlDotNet sees the text after it, the locations count it.</summary>
    private readonly int _skipped;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _open = new();
    private int _nodes;

    private YamlTreeReader(string path, string text)
    {
        _path = path;
        _text = text;
        _skipped = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>
    /// The tree of <paramref name="text"/>: read by <see cref="YamlSubsetReader"/> when the text is in the subset
    /// annotations use (most files, several times faster), else by YamlDotNet, which reports every problem.
    /// </summary>
    public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics) =>
        YamlSubsetReader.Read(path, text) ?? ReadWithYamlDotNet(path, text, diagnostics);

    /// <summary>YamlDotNet's reading alone: what the subset reader is held equal to.</summary>
    public static YamlNode? ReadWithYamlDotNet(string path, string text, List<DiagnosticInfo> diagnostics) =>
        new YamlTreeReader(path, text).Read(diagnostics);

    private YamlNode? Read(List<DiagnosticInfo> diagnostics)
    {
        YamlNode? root = null;
        var parser = new Parser(new StringReader(_skipped == 0 ? _text : _text.Substring(_skipped)));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                switch (current)
                {
                    case DocumentStart start when root is not null && !start.IsImplicit:
                        diagnostics.Add(
                            DiagnosticInfo.Create(DiagnosticDescriptors.NotAnAnnotation, Locate(start.Start, start.End), "holds more than one YAML document"));
                        return root;
                    case Scalar scalar:
                        if (!Add(
                            new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Locate(scalar.Start, scalar.End)),
                            scalar.Anchor,
                            ref root,
                            diagnostics))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequence:
                        var flowSequence = sequence.Style == YamlDotNet.Core.Events.SequenceStyle.Flow;
                        if (!Open(new YamlSequence(Locate(sequence.Start, sequence.End)), sequence.Anchor, flowSequence, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case MappingStart mapping:
                        var flowMapping = mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow;
                        if (!Open(new YamlMapping(Locate(mapping.Start, mapping.End)), mapping.Anchor, flowMapping, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var closed = _open.Pop();
                        if (closed.IsFlow)
                        {
                            // A flow collection's span runs through its closing bracket (which YamlDotNet marks where it
                            // starts), so "[]" is underlined whole. A block one ends where the next token starts, so it
                            // keeps the span of its start.
                            var bracket = Locate(current.Start, current.Start);
                            closed.Node.ExtendTo(bracket with { End = Math.Min(_text.Length, bracket.Start + 1), EndColumn = bracket.StartColumn + 1 });
                        }

                        break;
                    case AnchorAlias alias:
                        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            diagnostics.Add(
                                DiagnosticInfo.Create(
                                    DiagnosticDescriptors.YamlSyntax,
                                    Locate(alias.Start, alias.End),
                                    $"the alias *{alias.Value.Value} names no anchor defined before it"));
                            return null;
                        }

                        if (IsOpen(target))
                        {
                            // A node that contains itself would make the tree a cycle; nothing in an annotation needs one.
                            diagnostics.Add(
                                DiagnosticInfo.Create(
                                    DiagnosticDescriptors.YamlSyntax,
                                    Locate(alias.Start, alias.End),
                                    $"the alias *{alias.Value.Value} is inside the node it names; recursive YAML is not allowed"));
                            return null;
                        }

                        if (!Add(target, AnchorName.Empty, ref root, diagnostics, Locate(alias.Start, alias.End)))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            var where = LocateProblem(exception);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, where, Describe(exception, ColonInValue(where))));
            return null;
        }
        catch (Exception)
        {
            // YamlDotNet may throw other exception types on malformed input; the build must still go on.
            diagnostics.Add(
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.YamlSyntax,
                    Locate(parser.Current?.Start ?? Mark.Empty, parser.Current?.End ?? Mark.Empty),
                    "the YAML cannot be read from here on; check the indentation, brackets and quotes"));
            return null;
        }

        return root;
    }

    private bool Open(YamlNode node, AnchorName anchor, bool isFlow, ref YamlNode? root, List<DiagnosticInfo> diagnostics)
    {
        if (!Add(node, anchor, ref root, diagnostics))
        {
            return false;
        }

        if (_open.Count >= YamlLimits.MaxDepth)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.LimitExceeded,
                    node.Location,
                    FormattableString.Invariant($"YAML nesting deeper than {YamlLimits.MaxDepth} levels is not read; an annotation needs at most four")));
            return false;
        }

        _open.Push(new Frame(node, isFlow));
        return true;
    }

    // usedAt: where an alias names the node, so that the node limit is reported at the use, not at the anchor.
    private bool Add(YamlNode node, AnchorName anchor, ref YamlNode? root, List<DiagnosticInfo> diagnostics, LocationInfo? usedAt = null)
    {
        if (++_nodes > YamlLimits.MaxNodes)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.LimitExceeded,
                    usedAt ?? node.Location,
                    FormattableString.Invariant(
                        $"more than {YamlLimits.MaxNodes:N0} YAML nodes (aliases count each time they are used); split the annotation")));
            return false;
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        if (_open.Count == 0)
        {
            root ??= node;
            return true;
        }

        var frame = _open.Peek();
        switch (frame.Node)
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                break;
            case YamlMapping mapping when frame.PendingKey is null:
                frame.PendingKey = node;
                break;
            case YamlMapping mapping:
                mapping.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(frame.PendingKey!, node));
                frame.PendingKey = null;
                break;
        }

        return true;
    }

    private bool IsOpen(YamlNode node)
    {
        foreach (var frame in _open)
        {
            if (ReferenceEquals(frame.Node, node))
            {
                return true;
            }
        }

        return false;
    }

    private LocationInfo LocateProblem(YamlException exception)
    {
        // YamlDotNet marks a tab used as indentation at the start of the enclosing mapping; point at the tab instead.
        if (exception.Message.IndexOf("tab", StringComparison.Ordinal) >= 0)
        {
            var tab = _text.IndexOf("\n\t", Clamp((int)exception.Start.Index + _skipped), StringComparison.Ordinal);
            if (tab >= 0)
            {
                var line = 0;
                for (var i = 0; i <= tab; i++)
                {
                    line += _text[i] == '\n' ? 1 : 0;
                }

                return new LocationInfo(_path, tab + 1, tab + 2, line, 0, line, 1);
            }
        }

        return Locate(exception.Start, exception.End);
    }

    private LocationInfo Locate(Mark start, Mark end)
    {
        // YamlDotNet marks are 1-based; Roslyn's line positions are 0-based. Clamp against odd marks.
        // A skipped byte-order mark shifts every index, and the columns of the first line, by one.
        var startIndex = Clamp((int)start.Index + _skipped);
        var endIndex = Math.Max(startIndex, Clamp((int)end.Index + _skipped));
        var startLine = Math.Max(0, (int)start.Line - 1);
        var startColumn = Math.Max(0, (int)start.Column - 1) + (startLine == 0 ? _skipped : 0);
        var endLine = Math.Max(startLine, (int)end.Line - 1);
        var endColumn = Math.Max(0, (int)end.Column - 1) + (endLine == 0 ? _skipped : 0);
        endColumn = endLine == startLine ? Math.Max(startColumn, endColumn) : endColumn;
        return new LocationInfo(_path, startIndex, endIndex, startLine, startColumn, endLine, endColumn);
    }

    private int Clamp(int index) => index < 0 ? 0 : index > _text.Length ? _text.Length : index;

    /// <summary>
    /// Whether the parser stopped at a ": " after the line's own key ("evidence: рыбаки встревожены: для многих …"):
    /// a value written without quotes that holds a colon and a space, which YAML reads as a second key.
    /// </summary>
    private bool ColonInValue(LocationInfo where)
    {
        var at = where.Start;
        if (at <= 0 || at + 1 >= _text.Length || _text[at] != ':' || _text[at + 1] != ' ')
        {
            return false;
        }

        var lineStart = _text.LastIndexOf('\n', at - 1) + 1;
        return _text.IndexOf(": ", lineStart, at - lineStart, StringComparison.Ordinal) >= 0;
    }

    private static string Describe(YamlException exception, bool colonInValue)
    {
        // YamlDotNet prefixes messages with "(Line: l, Col: c, Idx: i) - (…): "; the location is reported separately.
        var message = exception.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var what = (cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message).TrimEnd('.', ' ');
        return colonInValue
            ? what + "; a value that holds ': ' must be written in quotes, or YAML reads a new key from the colon on"
            : what + "; check the indentation (spaces, not tabs), brackets and quotes here";
    }

    private sealed class Frame
    {
        public Frame(YamlNode node, bool isFlow)
        {
            Node = node;
            IsFlow = isFlow;
        }

        public bool IsFlow { get; }

        public YamlNode Node { get; }

        public YamlNode? PendingKey { get; set; }
    }
}
