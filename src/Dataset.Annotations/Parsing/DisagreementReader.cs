using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// Reads a record's <c>disagreement:</c> (written by <c>dataset adjudicate</c>) and reports each entry (DS0042) where
/// it is written, so that a disagreement cannot pass for a decision until a person removes it.
/// </summary>
internal static class DisagreementReader
{
    public static DisagreementBlock? Read(MappingReader record)
    {
        if (record.Node(AnnotationSchema.DisagreementField) is not { } node || record.KeyLocation(AnnotationSchema.DisagreementField) is not { } key)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            record.Report(DiagnosticDescriptors.WrongType, node.Location, AnnotationSchema.DisagreementField, "a mapping", node.Describe());
            return null;
        }

        var section = record.Spec.Find(AnnotationSchema.DisagreementField)!.Section!;
        var fields = new MappingReader(mapping, section, AnnotationSchema.DisagreementField + " of " + record.What, record.Diagnostics);
        var entries = new List<DisagreementEntry>();
        foreach (var field in section.Fields)
        {
            if (fields.KeyLocation(field.Name) is not { } name || fields.RawNode(field.Name) is not { } value)
            {
                continue;
            }

            var entry = YamlExtent.Span(name, value);
            if (field.Name == AnnotationSchema.OnlyInField)
            {
                if (fields.Enum(field.Name) is { } annotator)
                {
                    entries.Add(new DisagreementEntry(field.Name, entry, null, null, null, annotator));
                    record.Report(
                        DiagnosticDescriptors.UnresolvedDisagreement,
                        name,
                        $"{Capitalise(record.What)} was marked by annotator {annotator.ToUpperInvariant()} only",
                            $"keep it and remove '{AnnotationSchema.DisagreementField}:', or delete it (in the editor: Take A or Take B)");
                }

                continue;
            }

            if (value is not YamlMapping choice)
            {
                fields.Report(DiagnosticDescriptors.WrongType, value.Location, field.Name, "a mapping of a: and b:", value.Describe());
                continue;
            }

            var sides = new MappingReader(choice, field.Section!, field.Name + " of " + fields.What, record.Diagnostics);
            var a = sides.RawNode("a");
            var b = sides.RawNode("b");
            if (a is null || b is null)
            {
                continue;
            }

            var current = record.RawNode(field.Name) is { } own ? YamlExtent.Span(own.Location, own) : null;
            entries.Add(new DisagreementEntry(field.Name, entry, YamlExtent.Span(a.Location, a), YamlExtent.Span(b.Location, b), current, null));
            record.Report(
                DiagnosticDescriptors.UnresolvedDisagreement,
                name,
                $"Annotators disagree on the {field.Name} of {record.What}: A gave {Show(a)}, B gave {Show(b)}",
                    $"keep the right value in '{field.Name}' and remove this entry (in the editor: Take A or Take B)");
        }

        return new DisagreementBlock(YamlExtent.Span(record.Location, record.Mapping), YamlExtent.Span(key, node), entries.ToEquatableArray());
    }

    /// <summary>A value as the message shows it: a single value in quotes, a list as its items.</summary>
    private static string Show(YamlNode node) => node switch
    {
        YamlScalar scalar => $"'{scalar.Value}'",
        YamlSequence list => "[" + string.Join(", ", list.Items.OfType<YamlScalar>().Select(i => i.Value)) + "]",
        _ => node.Describe(),
    };

    private static string Capitalise(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what.Substring(1);
}
