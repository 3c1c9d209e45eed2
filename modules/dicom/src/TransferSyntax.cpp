// TransferSyntax: being written
