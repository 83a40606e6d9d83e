using Dataset.Annotations.Schema;

namespace Dataset.Packaging.Tests;

/// <summary>The start of the consumers' annotations: the schema modeline, a document and two actors; statements follow.</summary>
internal static class SampleAnnotation
{
    public const string Publisher = "Example News";

    public static string Head(string name, string documentId, string title, string published) => $"""
        {AnnotationJsonSchema.ModelineComment}
        document:
          id: {documentId}
          title: {title}
          publisher: {Publisher}
          published: {published}
          text: {name}.txt
        actors:
          - id: jane-doe
            name: Jane Doe
            kind: person
          - id: ruritania
            name: Ruritania
            kind: state

        """;
}
