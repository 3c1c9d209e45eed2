// FolderScan: being written
