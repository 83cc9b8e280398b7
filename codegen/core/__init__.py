"""What every stage may import: the IR and the artifacts stages hand on, diagnostics, names,
botocore's committed models and the output targets. Nothing here imports a stage."""
