// StructureCheck: being written
