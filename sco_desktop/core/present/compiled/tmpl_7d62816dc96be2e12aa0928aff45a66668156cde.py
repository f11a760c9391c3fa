from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'overview.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'overview.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'overview.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_subject = resolve('subject')
    l_0_tr = resolve('tr')
    l_0_other_names_of_sco = resolve('other_names_of_sco')
    l_0_m = resolve('m')
    l_0_states_by_status = resolve('states_by_status')
    l_0_bodies_by_kind = resolve('bodies_by_kind')
    l_0_summit = resolve('summit')
    l_0_page = resolve('page')
    l_0_trade_shares = resolve('trade_shares')
    l_0_overview = l_0_founding = l_0_founded = l_0_secretariat = l_0_seat = l_0_head = l_0_secretary = l_0_counts = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    try:
        t_3 = environment.filters['usd']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'usd' found.")
    pass
    l_0_overview = (undefined(name='subject') if l_0_subject is missing else l_0_subject)
    _block_vars['overview'] = l_0_overview
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Shanghai Cooperation Organisation', _block_vars=_block_vars)))
    yield "</h1><p class='subtitle'>"
    l_1_loop = missing
    for (l_1_code, l_1_name), l_1_loop in LoopContext((undefined(name='other_names_of_sco') if l_0_other_names_of_sco is missing else l_0_other_names_of_sco), undefined):
        _loop_vars = {}
        pass
        if (not environment.getattr(l_1_loop, 'first')):
            pass
            yield ' · '
        yield "<span lang='"
        yield escape(environment.finalize(context.eval_ctx, l_1_code))
        yield "'>"
        yield escape(environment.finalize(context.eval_ctx, l_1_name))
        yield '</span>'
    l_1_loop = l_1_code = l_1_name = missing
    yield '</p><p>'
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Statuses as they stood on {date}; the data describes the organisation as of {data_date}.', date=environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'as_of'), data_date=environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'data_as_of'), _block_vars=_block_vars)))
    yield '</p>'
    l_0_founding = environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'founding')
    _block_vars['founding'] = l_0_founding
    t_4 = []
    pass
    if (undefined(name='founding') if l_0_founding is missing else l_0_founding):
        pass
        t_4.append(
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='founding') if l_0_founding is missing else l_0_founding), 'start_date'))),
        )
        if environment.getattr((undefined(name='founding') if l_0_founding is missing else l_0_founding), 'decided_at'):
            pass
            t_4.extend((
                ', ',
                escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='founding') if l_0_founding is missing else l_0_founding), 'decided_at')))),
            ))
        t_4.extend((
            ' ',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='founding') if l_0_founding is missing else l_0_founding), 'source_id')))),
        ))
    l_0_founded = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    _block_vars['founded'] = l_0_founded
    l_0_secretariat = environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'secretariat')
    _block_vars['secretariat'] = l_0_secretariat
    t_5 = []
    pass
    if ((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat) and environment.getattr((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat), 'seat_city')):
        pass
        t_5.append(
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat), 'seat_city'))),
        )
        if environment.getattr((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat), 'seat_state_id'):
            pass
            t_5.extend((
                ', ',
                escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat), 'seat_state_id')))),
            ))
        t_5.extend((
            ' (',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat), 'id')))),
            ') ',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='secretariat') if l_0_secretariat is missing else l_0_secretariat), 'source_id')))),
        ))
    l_0_seat = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
    _block_vars['seat'] = l_0_seat
    l_0_head = environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'secretary_general')
    _block_vars['head'] = l_0_head
    t_6 = []
    pass
    if (undefined(name='head') if l_0_head is missing else l_0_head):
        pass
        t_6.append(
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'person'))),
        )
        if environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'state_id'):
            pass
            t_6.extend((
                ' (',
                escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'state_id')))),
                ')',
            ))
        t_6.extend((
            ', ',
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'since {date}', date=environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'start_date')))),
            ' ',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='head') if l_0_head is missing else l_0_head), 'source_id')))),
        ))
    l_0_secretary = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
    _block_vars['secretary'] = l_0_secretary
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Founded', _block_vars=_block_vars), (undefined(name='founded') if l_0_founded is missing else l_0_founded)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Secretariat', _block_vars=_block_vars), (undefined(name='seat') if l_0_seat is missing else l_0_seat)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Secretary-General on {date}', date=environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'as_of'), _block_vars=_block_vars), (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary))], _block_vars=_block_vars)))
    l_1_loop = missing
    for (l_1_label, l_1_states, l_1_total), l_1_loop in LoopContext(context.call((undefined(name='states_by_status') if l_0_states_by_status is missing else l_0_states_by_status), (undefined(name='overview') if l_0_overview is missing else l_0_overview), _block_vars=_block_vars), undefined):
        _loop_vars = {}
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, l_1_label))
        yield ' ('
        yield escape(environment.finalize(context.eval_ctx, l_1_total))
        yield ')</h2><p>'
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(l_1_states, undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_2_loop, 'first')):
                pass
                yield ', '
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_2_s, 'id'), environment.getattr(l_2_s, 'name'), _loop_vars=_loop_vars)))
        l_2_loop = l_2_s = missing
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'more'), (l_1_total - t_1(l_1_states)), _loop_vars=_loop_vars)))
        yield '</p>'
    l_1_loop = l_1_label = l_1_states = l_1_total = missing
    if environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'bodies'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Bodies', _block_vars=_block_vars)))
        yield ' ('
        yield escape(environment.finalize(context.eval_ctx, t_2(environment, context.call(environment.getattr(environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'body_counts'), 'values'), _block_vars=_block_vars))))
        yield ")</h2><table class='facts'>"
        l_1_loop = missing
        for (l_1_label, l_1_bodies, l_1_total), l_1_loop in LoopContext(context.call((undefined(name='bodies_by_kind') if l_0_bodies_by_kind is missing else l_0_bodies_by_kind), (undefined(name='overview') if l_0_overview is missing else l_0_overview), _block_vars=_block_vars), undefined):
            _loop_vars = {}
            pass
            yield "<tr><td class='label'>"
            yield escape(environment.finalize(context.eval_ctx, l_1_label))
            yield '</td><td>'
            l_2_loop = missing
            for l_2_b, l_2_loop in LoopContext(l_1_bodies, undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield '; '
                yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_2_b, 'id'), environment.getattr(l_2_b, 'name'), _loop_vars=_loop_vars)))
            l_2_loop = l_2_b = missing
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'more'), (l_1_total - t_1(l_1_bodies)), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_loop = l_1_label = l_1_bodies = l_1_total = missing
        yield '</table>'
    if environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'chair'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Chairmanship', _block_vars=_block_vars)))
        yield '</h2><p>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'chair'), 'state_id'), _block_vars=_block_vars)))
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'chairs the SCO on {date}, since {start}', date=environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'as_of'), start=environment.getattr(environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'chair'), 'start_date'), _block_vars=_block_vars)))
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'chair'), 'source_id'), _block_vars=_block_vars)))
        yield '</p>'
    if environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'latest_summit'):
        pass
        l_0_summit = environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'latest_summit')
        _block_vars['summit'] = l_0_summit
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Latest Heads of State meeting', _block_vars=_block_vars)))
        yield '</h2><p>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'id'), (environment.getitem(context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'label'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'id'), _block_vars=_block_vars), 1) or environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'title')), _block_vars=_block_vars)))
        yield ', '
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'start_date')))
        yield ' '
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='summit') if l_0_summit is missing else l_0_summit), 'source_id'), _block_vars=_block_vars)))
        yield '</p>'
    if environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'trade'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), "China's goods trade, {year}", year=environment.getattr(environment.getitem(environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'trade'), 0), 'year'), _block_vars=_block_vars)))
        yield "</h2><table class='grid'><tr><th>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'With', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Value', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), "Share of China's total", _block_vars=_block_vars)))
        yield '</th><th></th></tr>'
        for (l_1_partner, l_1_point, l_1_share) in context.call((undefined(name='trade_shares') if l_0_trade_shares is missing else l_0_trade_shares), (undefined(name='overview') if l_0_overview is missing else l_0_overview), _block_vars=_block_vars):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(context.eval_ctx, l_1_partner))
            yield "</td><td class='number'>"
            yield escape(environment.finalize(context.eval_ctx, t_3(environment.getattr(l_1_point, 'value_usd'))))
            yield "</td><td class='number'>"
            yield escape(environment.finalize(context.eval_ctx, l_1_share))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_point, 'source_id'), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_partner = l_1_point = l_1_share = missing
        yield '</table>'
    else:
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), "China's goods trade", _block_vars=_block_vars)))
        yield '</h2><p>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'No year before {year} has totals for several groupings to compare.', year=environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'as_of')[:4], _block_vars=_block_vars)))
        yield '</p>'
    l_0_counts = environment.getattr((undefined(name='overview') if l_0_overview is missing else l_0_overview), 'counts')
    _block_vars['counts'] = l_0_counts
    yield "<p class='note'>"
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'The whole database: {states} states, {bodies} bodies, {meetings} meetings, {documents} documents, {exercises} joint exercises, {sources} sources.', states=environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'states'), bodies=environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'bodies'), meetings=environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'meetings'), documents=environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'documents'), exercises=environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'exercises'), sources=environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'sources'), _block_vars=_block_vars)))
    yield '</p>'

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=56&6=59&7=62&8=75&9=77&10=81&11=98&12=102&13=121&14=125&15=145&20=147&21=151&22=156&24=167&25=170&26=175&27=179&31=194&32=197&33=199&35=205&36=207&37=210&38=212&40=218&41=221&42=223&43=229&44=233&48=246&49=248&51=250&52=253'