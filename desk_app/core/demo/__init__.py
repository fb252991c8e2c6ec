"""A demo office: the small one for trying the desk (`demo`), the bulk one for measuring
(`demo_bulk`) and the sample applications the printed documents are shown with (`samples`)."""
