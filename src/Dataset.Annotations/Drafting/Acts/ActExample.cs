using System.Collections.Generic;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>A statement's features and the act its annotation gives it: one example an act model is trained on.</summary>
internal readonly record struct ActExample(IReadOnlyList<string> Features, string Act);

/// <summary>Something that gives an act for a statement's features.</summary>
internal interface IActClassifier
{
    string Predict(IReadOnlyList<string> features);
}
