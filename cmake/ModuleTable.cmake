# The allowed dependencies between Strata's modules, and of modules on the libraries that only some
# of them may use: the one table that strata_add_module() checks links against and that the
# `strata_module_includes` test checks every #include against (docs/architecture.md draws it).
# Dependencies only point down. A module may use what it lists, nothing else; a module not in the
# table cannot be created. Add an edge here, in the same commit as the code that needs it.

# STRATA_MODULE_USES_<module>: the Strata modules it may link and include.
set(STRATA_MODULE_USES_core    "")
set(STRATA_MODULE_USES_dicom   "core")
set(STRATA_MODULE_USES_store   "core;dicom")
set(STRATA_MODULE_USES_net     "core;dicom;store")
set(STRATA_MODULE_USES_imaging "core;dicom")
# Measurements: the tools' math on imaging's planes, ITK's lesion segmentation, kept with the study.
set(STRATA_MODULE_USES_measure "core;dicom;store;imaging")
# 3D volume rendering: VTK offscreen on its own render thread, over imaging's (shared) volume.
set(STRATA_MODULE_USES_render3d "core;dicom;imaging")
# Background sync: the durable queue in the store, archives reached through net's RemoteArchive.
set(STRATA_MODULE_USES_sync    "core;dicom;store;net")
# The headless commands and the window sit on top: they reach archives through net's RemoteArchive
# façade and sync, never through one protocol's functions.
set(STRATA_MODULE_USES_cli     "core;dicom;store;net;imaging;measure;sync")
set(STRATA_MODULE_USES_ui      "core;dicom;store;net;imaging;measure;render3d;sync")
set(STRATA_MODULES core dicom store net imaging measure render3d sync cli ui)

# Libraries kept to the modules that wrap them: for each, the modules that may use it, a regular
# expression over the link targets, and one over what follows `#include <`. Qt Widgets and Charts
# headers are recognised by the names Qt installs (CheckModuleIncludes.cmake lists them).
set(STRATA_LIBRARIES widgets gdcm dcmtk vtk itk sql network quazip)
set(STRATA_LIBRARY_widgets_NAME    "Qt Widgets")
set(STRATA_LIBRARY_widgets_USERS   ui)
set(STRATA_LIBRARY_widgets_LINK    "^Qt6::(Widgets|Charts|OpenGLWidgets|SvgWidgets)$")
set(STRATA_LIBRARY_widgets_INCLUDE "^(QtWidgets|QtCharts|QtOpenGLWidgets)/")  # and the header names
set(STRATA_LIBRARY_gdcm_NAME       "GDCM")
set(STRATA_LIBRARY_gdcm_USERS      dicom)
set(STRATA_LIBRARY_gdcm_LINK       "^gdcm")
set(STRATA_LIBRARY_gdcm_INCLUDE    "^gdcm[A-Z]")
set(STRATA_LIBRARY_dcmtk_NAME      "DCMTK")
set(STRATA_LIBRARY_dcmtk_USERS     net measure)
set(STRATA_LIBRARY_dcmtk_LINK      "^DCMTK::")
set(STRATA_LIBRARY_dcmtk_INCLUDE   "^dcmtk/")
set(STRATA_LIBRARY_vtk_NAME        "VTK")
set(STRATA_LIBRARY_vtk_USERS       imaging render3d)
set(STRATA_LIBRARY_vtk_LINK        "^VTK::")
set(STRATA_LIBRARY_vtk_INCLUDE     "^vtk[A-Z]")
set(STRATA_LIBRARY_itk_NAME        "ITK")
set(STRATA_LIBRARY_itk_USERS       imaging measure)
set(STRATA_LIBRARY_itk_LINK        "^ITK")
set(STRATA_LIBRARY_itk_INCLUDE     "^itk[A-Z]")
set(STRATA_LIBRARY_sql_NAME        "Qt Sql")
set(STRATA_LIBRARY_sql_USERS       store)
set(STRATA_LIBRARY_sql_LINK        "^Qt6::Sql$")
set(STRATA_LIBRARY_sql_INCLUDE     "^(QtSql/|QSql)")
set(STRATA_LIBRARY_network_NAME    "Qt Network and the keychain")
set(STRATA_LIBRARY_network_USERS   net)
set(STRATA_LIBRARY_network_LINK    "^(Qt6::Network|qt6keychain)$")
set(STRATA_LIBRARY_network_INCLUDE "^(QtNetwork/|QNetwork|QSsl|QHttp|QTcp|QUdp|QHostAddress|QAuthenticator|qt6keychain/)")
set(STRATA_LIBRARY_quazip_NAME     "QuaZip")
set(STRATA_LIBRARY_quazip_USERS    store cli)
set(STRATA_LIBRARY_quazip_LINK     "^QuaZip::")
set(STRATA_LIBRARY_quazip_INCLUDE  "^quazip/")

# ui and cli reach remote archives through net's RemoteArchive façade (and the node registry for the
# node list), never through one protocol: the DIMSE and DICOMweb headers are net's own. The one
# exception is the Storage SCP, which `strata serve` runs (it is a server, not a client of an archive).
set(STRATA_NET_PROTOCOL_HEADERS "^strata/net/(dimse|dicomweb)/")
set(STRATA_NET_PROTOCOL_EXCEPTIONS "^strata/net/dimse/StorageScp\\.h$")
