# Paged lists: the pager under HTML lists and the errors of paging parameters.
pagination-label = Pages of results
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $current } of { $pages }
field-limit-range = Choose a number from { $min } to { $max }.
field-cursor-invalid = This page address is out of date or wrong. Start again from the top of the list.
field-page-invalid = Choose a page number from 1 up.
field-too-long = Write at most { $max } characters.
