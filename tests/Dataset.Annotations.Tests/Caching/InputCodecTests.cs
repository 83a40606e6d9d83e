using System.Reflection;
using Dataset.Annotations.Caching;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Tests.Caching;

/// <summary>
/// A stage's result is filed under the digest of its input: the digest must change when anything the stage reads
/// changes, or a result would be taken for an input it was not computed from. Each field of each input, at any
/// depth, is changed alone, and the digest must differ from the unchanged input's.
/// </summary>
public class InputCodecTests
{
    public static TheoryData<string> Inputs => new("evidence work", "file slice", "coverage input", "referenced datasets");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Changing_any_one_field_of_an_input_changes_its_digest(string input)
    {
        var values = new FilledValues();
        var (root, digest) = input switch
        {
            "evidence work" => (
                (object)values.Make<EvidenceWork>(),
                (Func<object, Digest>)(v => Digest(w => InputCodec.Write(w, (EvidenceWork)v, Shared.Instance)))),
            "file slice" => (
                values.Make<ValidationSlice>(),
                v => Digest(w => InputCodec.Write(w, new FileSlice(File, (ValidationSlice)v), Shared.Instance))),
            "coverage input" => (
                new CoverInput(values.Make<CoverageInput>(), new ActorNames(["Lloyd Austin", "Pentagon"])),
                v => Digest(w => InputCodec.Write(w, (CoverInput)v, Shared.Instance))),
            _ => (
                ReferencedShards.From([values.Make<ShardManifest>(), values.Make<ShardManifest>()]),
                v => Digest(w => InputCodec.Write(w, (ReferencedShards)v))),
        };
        var unchanged = digest(root);

        var mutations = Mutations(root, input).ToList();

        Assert.True(mutations.Count > 3, "Every input has fields to change.");
        Assert.All(mutations, m => Assert.True(digest(m.Value) != unchanged, $"Changing {m.Path} left the digest as it was."));
    }

    [Fact]
    public void A_slice_of_an_annotation_not_parsed_through_the_cache_has_no_digest()
    {
        var slice = new FilledValues().Make<ValidationSlice>();

        Assert.False(InputCodec.Write(new CacheWriter(), new FileSlice(File with { Path = "/elsewhere.yaml" }, slice), Shared.Instance));
    }

    private static readonly AnnotationFile File = new FilledValues().Make<AnnotationFile>();

    private static Digest Digest(Action<CacheWriter> write)
    {
        var w = new CacheWriter();
        write(w);
        return w.Digest();
    }

    /// <summary>The value with one leaf changed, for each leaf: records are copied along the path to it.</summary>
    private static IEnumerable<(string Path, object Value)> Mutations(object value, string path)
    {
        switch (value)
        {
            case string text:
                yield return (path, text + " changed");
                yield break;
            case int number:
                yield return (path, number + 1);
                yield break;
            case bool flag:
                yield return (path, !flag);
                yield break;
            case Enum kind:
                yield return (path, Enum.GetValues(kind.GetType()).Cast<object>().First(other => !other.Equals(kind)));
                yield break;
            case ArticleText article:
                yield return (path + ".Path", new ArticleText(article.Path + " changed", article.Content));
                yield return (path + ".Content", new ArticleText(article.Path, article.Content + " changed"));
                yield break;
            case ActorNames names:
                yield return (path, new ActorNames(names.Names.Append("Someone Else")));
                yield break;
            case ReferencedShards shards:
                foreach (var (itemPath, manifests) in Mutations(shards.Manifests, path + ".Manifests"))
                {
                    yield return (itemPath, ReferencedShards.From((IEnumerable<ShardManifest>)manifests));
                }

                yield break;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition().Name.StartsWith("EquatableArray", StringComparison.Ordinal))
        {
            var items = ((System.Collections.IEnumerable)value).Cast<object>().ToList();
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var (itemPath, item) in Mutations(items[i], $"{path}[{i}]"))
                {
                    var changed = items.ToList();
                    changed[i] = item;
                    yield return (itemPath, FilledValues.EquatableArrayOf(type, changed));
                }
            }

            yield break;
        }

        var memberwiseClone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.GetValue(value) is not { } fieldValue)
            {
                continue;
            }

            // A property's backing field is named <Name>k__BackingField.
            var name = field.Name.Replace("<", string.Empty, StringComparison.Ordinal).Split('>')[0];
            foreach (var (fieldPath, changed) in Mutations(fieldValue, path + "." + name))
            {
                var copy = memberwiseClone.Invoke(value, null)!;
                field.SetValue(copy, changed);
                yield return (fieldPath, copy);
            }
        }
    }

    /// <summary>Content by its text, names by their list, and the one model of the test by its path.</summary>
    private sealed class Shared : InputCodec.IShared
    {
        public static readonly Shared Instance = new();

        public Digest ContentOf(string? text) => Digest(w => w.String(text));

        public Digest ContentOf(ArticleText article) => ContentOf(article.Content);

        public Digest? ModelOf(AnnotationFile file) => file.Path == File.Path ? Digest(w => w.String(file.Path)) : null;

        public Digest NamesOf(ActorNames names) => Digest(w => InputCodec.Write(w, names));
    }
}
