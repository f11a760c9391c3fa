from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_cite = l_0_cites = l_0_link = l_0_more = l_0_links = l_0_note = l_0_precision = l_0_facts = l_0_city = l_0_summary = l_0_provenance = l_0_trade_table = l_0_analyst_notes = l_0_sources_list = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['usd']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'usd' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_source_id):
        t_6 = []
        l_1_page = resolve('page')
        l_1_number = resolve('number')
        l_1_entity_url = resolve('entity_url')
        l_1_tr = resolve('tr')
        if l_1_source_id is missing:
            l_1_source_id = undefined("parameter 'source_id' was not provided", name='source_id')
        pass
        if l_1_source_id:
            pass
            l_1_number = context.call(environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'number'), l_1_source_id)
            if environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'printable'):
                pass
                t_6.extend((
                    '<sup><span style="font-size: 6.5pt">[',
                    escape(environment.finalize(context.eval_ctx, (undefined(name='number') if l_1_number is missing else l_1_number))),
                    ']</span></sup>',
                ))
            else:
                pass
                t_6.extend((
                    '<sup><span style="font-size: 8pt; font-weight: normal"><a href="',
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='entity_url') if l_1_entity_url is missing else l_1_entity_url), 'source', l_1_source_id))),
                    '" title="',
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'Source {number}', number=(undefined(name='number') if l_1_number is missing else l_1_number)))),
                    '">[',
                    escape(environment.finalize(context.eval_ctx, (undefined(name='number') if l_1_number is missing else l_1_number))),
                    ']</a></span></sup>',
                ))
        return concat(t_6)
    context.exported_vars.add('cite')
    context.vars['cite'] = l_0_cite = Macro(environment, macro, 'cite', ('source_id',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_source_ids):
        t_7 = []
        if l_1_source_ids is missing:
            l_1_source_ids = undefined("parameter 'source_ids' was not provided", name='source_ids')
        pass
        for l_2_source_id in l_1_source_ids:
            _loop_vars = {}
            pass
            t_7.append(
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_2_source_id, _loop_vars=_loop_vars))),
            )
        l_2_source_id = missing
        return concat(t_7)
    context.exported_vars.add('cites')
    context.vars['cites'] = l_0_cites = Macro(environment, macro, 'cites', ('source_ids',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entity_id, l_1_fallback):
        t_8 = []
        l_1_page = resolve('page')
        l_1_kind = resolve('kind')
        l_1_name = resolve('name')
        l_1_entity_url = resolve('entity_url')
        if l_1_entity_id is missing:
            l_1_entity_id = undefined("parameter 'entity_id' was not provided", name='entity_id')
        if l_1_fallback is missing:
            l_1_fallback = None
        pass
        if (not l_1_entity_id):
            pass
            t_8.append(
                escape(environment.finalize(context.eval_ctx, (l_1_fallback or ''))),
            )
        else:
            pass
            (l_1_kind, l_1_name) = context.call(environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'label'), l_1_entity_id)
            if (not (undefined(name='kind') if l_1_kind is missing else l_1_kind)):
                pass
                t_8.append(
                    escape(environment.finalize(context.eval_ctx, (l_1_fallback or l_1_entity_id))),
                )
            elif environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'printable'):
                pass
                t_8.append(
                    escape(environment.finalize(context.eval_ctx, (undefined(name='name') if l_1_name is missing else l_1_name))),
                )
            else:
                pass
                t_8.extend((
                    '<a href="',
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='entity_url') if l_1_entity_url is missing else l_1_entity_url), (undefined(name='kind') if l_1_kind is missing else l_1_kind), l_1_entity_id))),
                    '">',
                    escape(environment.finalize(context.eval_ctx, (undefined(name='name') if l_1_name is missing else l_1_name))),
                    '</a>',
                ))
        return concat(t_8)
    context.exported_vars.add('link')
    context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('entity_id', 'fallback'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_count):
        t_9 = []
        l_1_tr = resolve('tr')
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        pass
        if (l_1_count > 0):
            pass
            t_9.extend((
                ' ',
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), '… and {count} more, all listed in the navigator', count=l_1_count))),
            ))
        return concat(t_9)
    context.exported_vars.add('more')
    context.vars['more'] = l_0_more = Macro(environment, macro, 'more', ('count',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_heading, l_1_items):
        t_10 = []
        l_1_page = resolve('page')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        if l_1_items:
            pass
            t_10.extend((
                '<h2>',
                escape(environment.finalize(context.eval_ctx, l_1_heading)),
                '</h2>',
            ))
            if environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'printable'):
                pass
                t_10.append(
                    "<p class='list'>",
                )
                l_2_loop = missing
                for (l_2_entity_id, l_2_label), l_2_loop in LoopContext(l_1_items, undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_2_loop, 'first')):
                        pass
                        t_10.append(
                            '; ',
                        )
                    t_10.append(
                        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_2_entity_id, l_2_label, _loop_vars=_loop_vars))),
                    )
                l_2_loop = l_2_entity_id = l_2_label = missing
                t_10.append(
                    '</p>',
                )
            else:
                pass
                t_10.append(
                    '<ul>',
                )
                for (l_2_entity_id, l_2_label) in l_1_items:
                    _loop_vars = {}
                    pass
                    t_10.extend((
                        '<li>',
                        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_2_entity_id, l_2_label, _loop_vars=_loop_vars))),
                        '</li>',
                    ))
                l_2_entity_id = l_2_label = missing
                t_10.append(
                    '</ul>',
                )
        return concat(t_10)
    context.exported_vars.add('links')
    context.vars['links'] = l_0_links = Macro(environment, macro, 'links', ('heading', 'items'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_text):
        t_11 = []
        l_1_page = resolve('page')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        for (l_2_piece, l_2_source_id) in context.call(environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'pieces'), l_1_text):
            _loop_vars = {}
            pass
            t_11.extend((
                escape(environment.finalize(context.eval_ctx, l_2_piece)),
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_2_source_id, _loop_vars=_loop_vars))),
            ))
        l_2_piece = l_2_source_id = missing
        return concat(t_11)
    context.exported_vars.add('note')
    context.vars['note'] = l_0_note = Macro(environment, macro, 'note', ('text',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_periods):
        t_12 = []
        l_1_precision_note = resolve('precision_note')
        l_1_text = missing
        if l_1_periods is missing:
            l_1_periods = undefined("parameter 'periods' was not provided", name='periods')
        pass
        l_1_text = context.call((undefined(name='precision_note') if l_1_precision_note is missing else l_1_precision_note), (t_2(context.eval_ctx, t_3(context, l_1_periods, attribute='start_date')) + t_2(context.eval_ctx, t_3(context, l_1_periods, attribute='end_date'))))
        if (undefined(name='text') if l_1_text is missing else l_1_text):
            pass
            t_12.extend((
                "<p class='note'>",
                escape(environment.finalize(context.eval_ctx, (undefined(name='text') if l_1_text is missing else l_1_text))),
                '</p>',
            ))
        return concat(t_12)
    context.exported_vars.add('precision')
    context.vars['precision'] = l_0_precision = Macro(environment, macro, 'precision', ('periods',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_13 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        def t_14(fiter):
            for (l_2_label, l_2_value) in fiter:
                if l_2_value:
                    yield (l_2_label, l_2_value)
        l_2_loop = missing
        for (l_2_label, l_2_value), l_2_loop in LoopContext(t_14(l_1_rows), undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_13.append(
                    "<table class='facts'>",
                )
            t_13.extend((
                "<tr><td class='label'>",
                escape(environment.finalize(context.eval_ctx, l_2_label)),
                '</td><td>',
                escape(environment.finalize(context.eval_ctx, l_2_value)),
                '</td></tr>',
            ))
            if environment.getattr(l_2_loop, 'last'):
                pass
                t_13.append(
                    '</table>',
                )
        l_2_loop = l_2_label = l_2_value = missing
        return concat(t_13)
    context.exported_vars.add('facts')
    context.vars['facts'] = l_0_facts = Macro(environment, macro, 'facts', ('rows',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_name):
        t_15 = []
        l_1_city_names = resolve('city_names')
        l_1_subject = resolve('subject')
        l_1_shown = resolve('shown')
        l_1_others = resolve('others')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        if l_1_name:
            pass
            (l_1_shown, l_1_others) = context.call((undefined(name='city_names') if l_1_city_names is missing else l_1_city_names), (undefined(name='subject') if l_1_subject is missing else l_1_subject), l_1_name)
            t_15.append(
                escape(environment.finalize(context.eval_ctx, (undefined(name='shown') if l_1_shown is missing else l_1_shown))),
            )
            if (undefined(name='others') if l_1_others is missing else l_1_others):
                pass
                t_15.extend((
                    ' (',
                    escape(environment.finalize(context.eval_ctx, (undefined(name='others') if l_1_others is missing else l_1_others))),
                    ')',
                ))
        return concat(t_15)
    context.exported_vars.add('city')
    context.vars['city'] = l_0_city = Macro(environment, macro, 'city', ('name',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_entity):
        t_16 = []
        l_1_page = resolve('page')
        l_1_max_field_chars = resolve('max_field_chars')
        l_1_tr = resolve('tr')
        if l_1_entity is missing:
            l_1_entity = undefined("parameter 'entity' was not provided", name='entity')
        pass
        if environment.getattr(l_1_entity, 'summary'):
            pass
            t_16.extend((
                '<p>',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_entity, 'summary'))),
                ' ',
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_1_entity, 'source_id')))),
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='cites') if l_0_cites is missing else l_0_cites), context.call(environment.getattr(context.call(environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'fields'), l_1_entity), 'get'), 'summary', [])))),
                '</p>',
            ))
            if (t_1(environment.getattr(l_1_entity, 'summary')) > (undefined(name='max_field_chars') if l_1_max_field_chars is missing else l_1_max_field_chars)):
                pass
                t_16.extend((
                    "<p class='note'>",
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'The summary is cut here; the whole text is printed by'))),
                    ' <code>sco-desktop show ',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_entity, 'id'))),
                    ' --json</code>.</p>',
                ))
        return concat(t_16)
    context.exported_vars.add('summary')
    context.vars['summary'] = l_0_summary = Macro(environment, macro, 'summary', ('entity',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_17 = []
        l_1_page = resolve('page')
        l_1_provenance_scheme = resolve('provenance_scheme')
        l_1_tr = resolve('tr')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        if (l_1_items and (not environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'printable'))):
            pass
            if environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'provenance_open'):
                pass
                t_17.extend((
                    '<h2><a href="',
                    escape(environment.finalize(context.eval_ctx, (undefined(name='provenance_scheme') if l_1_provenance_scheme is missing else l_1_provenance_scheme))),
                    ':close">▾ ',
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'Provenance'))),
                    "</a></h2><table class='facts'>",
                ))
                for (l_2_label, l_2_text) in l_1_items:
                    _loop_vars = {}
                    pass
                    t_17.extend((
                        "<tr><td class='label'>",
                        escape(environment.finalize(context.eval_ctx, l_2_label)),
                        "</td><td class='note'>",
                        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='note') if l_0_note is missing else l_0_note), l_2_text, _loop_vars=_loop_vars))),
                        '</td></tr>',
                    ))
                l_2_label = l_2_text = missing
                t_17.append(
                    '</table>',
                )
            else:
                pass
                t_17.extend((
                    '<h2><a href="',
                    escape(environment.finalize(context.eval_ctx, (undefined(name='provenance_scheme') if l_1_provenance_scheme is missing else l_1_provenance_scheme))),
                    ':open">▸ ',
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'Provenance'))),
                    "</a></h2><p class='note'>",
                    escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'How {count} of the facts above were established. Open to read.', count=t_1(l_1_items)))),
                    '</p>',
                ))
        return concat(t_17)
    context.exported_vars.add('provenance')
    context.vars['provenance'] = l_0_provenance = Macro(environment, macro, 'provenance', ('items',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_table):
        t_18 = []
        l_1_tr = resolve('tr')
        if l_1_table is missing:
            l_1_table = undefined("parameter 'table' was not provided", name='table')
        pass
        t_18.extend((
            "<table class='grid'><tr><th>",
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'Year'))),
            '</th>',
        ))
        if environment.getattr(l_1_table, 'by_partner'):
            pass
            t_18.extend((
                '<th>',
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'Partner'))),
                '</th>',
            ))
        for l_2_header in environment.getattr(l_1_table, 'headers'):
            _loop_vars = {}
            pass
            t_18.extend((
                '<th>',
                escape(environment.finalize(context.eval_ctx, l_2_header)),
                '</th>',
            ))
        l_2_header = missing
        t_18.append(
            '</tr>',
        )
        for l_2_row in environment.getattr(l_1_table, 'rows'):
            _loop_vars = {}
            pass
            t_18.extend((
                '<tr><td>',
                escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'year'))),
            ))
            if environment.getattr(l_2_row, 'reporter'):
                pass
                t_18.extend((
                    " <span class='note'>",
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'reporter'))),
                    '</span>',
                ))
            t_18.append(
                '</td>',
            )
            if environment.getattr(l_1_table, 'by_partner'):
                pass
                t_18.extend((
                    '<td>',
                    escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_row, 'partner'))),
                    '</td>',
                ))
            for l_3_point in environment.getattr(l_2_row, 'figures'):
                _loop_vars = {}
                pass
                t_18.append(
                    "<td class='number'>",
                )
                if l_3_point:
                    pass
                    t_18.extend((
                        escape(environment.finalize(context.eval_ctx, t_4(environment.getattr(l_3_point, 'value_usd')))),
                        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_3_point, 'source_id'), _loop_vars=_loop_vars))),
                    ))
                t_18.append(
                    '</td>',
                )
            l_3_point = missing
            t_18.append(
                '</tr>',
            )
        l_2_row = missing
        t_18.append(
            '</table>',
        )
        return concat(t_18)
    context.exported_vars.add('trade_table')
    context.vars['trade_table'] = l_0_trade_table = Macro(environment, macro, 'trade_table', ('table',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_notes):
        t_19 = []
        if l_1_notes is missing:
            l_1_notes = undefined("parameter 'notes' was not provided", name='notes')
        pass
        for (l_2_heading, l_2_rendered) in l_1_notes:
            _loop_vars = {}
            pass
            t_19.extend((
                '<h2>',
                escape(environment.finalize(context.eval_ctx, l_2_heading)),
                '</h2>',
            ))
            for l_3_note in l_2_rendered:
                _loop_vars = {}
                pass
                t_19.append(
                    escape(environment.finalize(context.eval_ctx, l_3_note)),
                )
            l_3_note = missing
        l_2_heading = l_2_rendered = missing
        return concat(t_19)
    context.exported_vars.add('analyst_notes')
    context.vars['analyst_notes'] = l_0_analyst_notes = Macro(environment, macro, 'analyst_notes', ('notes',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_20 = []
        l_1_page = resolve('page')
        l_1_tr = resolve('tr')
        pass
        if environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'order'):
            pass
            t_20.extend((
                '<h2>',
                escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_1_tr is missing else l_1_tr), 'Sources'))),
                "</h2><ol class='sources'>",
            ))
            for l_2_source_id in environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'order'):
                l_2_sources = resolve('sources')
                l_2_source_line = resolve('source_line')
                l_2_source_address = resolve('source_address')
                l_2_address = resolve('address')
                l_2_entity_url = resolve('entity_url')
                l_2_source = l_2_text = missing
                _loop_vars = {}
                pass
                l_2_source = context.call(environment.getattr((undefined(name='sources') if l_2_sources is missing else l_2_sources), 'get'), l_2_source_id, _loop_vars=_loop_vars)
                _loop_vars['source'] = l_2_source
                l_2_text = (l_2_source_id if t_5((undefined(name='source') if l_2_source is missing else l_2_source)) else context.call((undefined(name='source_line') if l_2_source_line is missing else l_2_source_line), (undefined(name='source') if l_2_source is missing else l_2_source), _loop_vars=_loop_vars))
                _loop_vars['text'] = l_2_text
                if environment.getattr((undefined(name='page') if l_1_page is missing else l_1_page), 'printable'):
                    pass
                    l_2_address = ('' if t_5((undefined(name='source') if l_2_source is missing else l_2_source)) else context.call((undefined(name='source_address') if l_2_source_address is missing else l_2_source_address), (undefined(name='source') if l_2_source is missing else l_2_source), _loop_vars=_loop_vars))
                    _loop_vars['address'] = l_2_address
                    t_20.extend((
                        '<li>',
                        escape(environment.finalize(context.eval_ctx, (undefined(name='text') if l_2_text is missing else l_2_text))),
                    ))
                    if (undefined(name='address') if l_2_address is missing else l_2_address):
                        pass
                        t_20.extend((
                            "<br><span class='url'>",
                            escape(environment.finalize(context.eval_ctx, (undefined(name='address') if l_2_address is missing else l_2_address))),
                            '</span>',
                        ))
                    t_20.append(
                        '</li>',
                    )
                else:
                    pass
                    t_20.extend((
                        '<li><a href="',
                        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='entity_url') if l_2_entity_url is missing else l_2_entity_url), 'source', l_2_source_id, _loop_vars=_loop_vars))),
                        '">',
                        escape(environment.finalize(context.eval_ctx, (undefined(name='text') if l_2_text is missing else l_2_text))),
                        '</a></li>',
                    ))
            l_2_source_id = l_2_sources = l_2_source = l_2_source_line = l_2_text = l_2_source_address = l_2_address = l_2_entity_url = missing
            t_20.append(
                '</ol>',
            )
        return concat(t_20)
    context.exported_vars.add('sources_list')
    context.vars['sources_list'] = l_0_sources_list = Macro(environment, macro, 'sources_list', (), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '6=42&7=51&8=53&9=54&10=58&13=65&19=75&20=80&24=90&25=101&26=104&28=108&29=109&30=112&31=114&32=117&34=123&41=131&43=146&44=154&45=158&46=161&47=167&49=187&55=202&56=208&60=219&61=226&62=227&66=237&67=242&68=250&69=257&70=262&75=271&76=280&77=282&78=284&83=296&84=304&85=308&86=314&87=318&93=326&94=334&95=336&96=340&98=345&99=350&103=363&104=367&111=373&112=381&113=391&114=403&115=408&116=427&123=453&124=458&125=463&126=466&131=477&132=482&133=486&134=489&135=498&136=500&137=502&138=504&139=508&141=524'