namespace ZorgzameBuurt.Sim.Scenarios.Mapping;

/// <summary>A problem found while mapping YAML nodes, with the node's 1-based position.</summary>
internal readonly record struct MappingProblem(int Line, int Column, string Field, string Message);
